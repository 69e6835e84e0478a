package ui

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/workspace"
)

// checkinCreate records a member's one-click answer to "how is it going?" — still in touch,
// or we need help — and goes back to the pair's page, where the answer now shows.
func (s *server) checkinCreate(e *core.RequestEvent) error {
	matchID := e.Request.PathValue("id")
	p := newPage(e, "match.title")
	p.Form = formValues(e, "answer", "checkin_note")
	if _, err := workspace.CheckIn(e.App, e.Auth.Id, matchID, p.Form["answer"], p.Form["checkin_note"]); err != nil {
		return s.workspaceFailure(e, err, matchID, p)
	}
	setFlash(e, "flash.drift_answered")
	return redirect(e, "/matches/"+matchID+"#checkin")
}
