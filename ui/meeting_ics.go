package ui

import (
	"strings"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/workspace"
)

// meetingICS downloads the meeting's current invite (REQUEST, or CANCEL once cancelled) for a
// member of its pair, in the member's language.
func (s *server) meetingICS(e *core.RequestEvent) error {
	id, ok := strings.CutSuffix(e.Request.PathValue("file"), ".ics")
	if !ok {
		return s.renderNotFound(e)
	}
	meeting, pair, err := workspace.Meeting(e.App, e.Auth.Id, id)
	if err != nil || pair.Role(e.Auth.Id) == "" {
		return s.renderNotFound(e)
	}
	ics, method, err := workspace.MeetingICS(e.App, pair, meeting, requestLocale(e))
	if err != nil {
		return err
	}
	e.Response.Header().Set("Content-Disposition", `attachment; filename="meeting-`+meeting.Id+`.ics"`)
	e.Response.Header().Set("Cache-Control", "no-store")
	return e.Blob(200, "text/calendar; charset=utf-8; method="+method, ics)
}
