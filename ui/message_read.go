package ui

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/workspace"
)

// messageRead marks the partner's messages of the thread read for the member who posts it; a
// coordinator's post changes nothing (workspace.MarkRead decides), a stranger gets the 404.
func (s *server) messageRead(e *core.RequestEvent) error {
	matchID := e.Request.PathValue("id")
	if _, err := workspace.MarkRead(e.App, e.Auth.Id, matchID); err != nil {
		return s.answerRefusal(e, err, nil)
	}
	setFlash(e, "flash.messages_read")
	return redirect(e, "/matches/"+matchID+"#messages")
}
