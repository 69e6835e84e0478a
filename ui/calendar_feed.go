package ui

import (
	"strings"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/workspace"
)

// calendarFeed serves a person's private calendar to calendar applications, which subscribe
// without a session: the token in the address is the secret, and an unknown one is a 404.
func (s *server) calendarFeed(e *core.RequestEvent) error {
	token, ok := strings.CutSuffix(e.Request.PathValue("file"), ".ics")
	if !ok {
		return s.renderNotFound(e)
	}
	ics, err := workspace.FeedFor(e.App, token)
	if err != nil {
		return s.answerRefusal(e, err, nil)
	}
	e.Response.Header().Set("Cache-Control", "private, max-age=300")
	e.Response.Header().Set("Referrer-Policy", "no-referrer")
	return e.Blob(200, "text/calendar; charset=utf-8", ics)
}
