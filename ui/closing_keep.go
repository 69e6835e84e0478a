package ui

import (
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/workspace"
)

// closingKeep is a coordinator's decision to keep open a pair offered closing after a long
// silence: the warning ends and the pair's page says so.
func (s *server) closingKeep(e *core.RequestEvent) error {
	matchID := e.Request.PathValue("id")
	if err := workspace.KeepOpen(e.App, e.Auth.Id, matchID, time.Now()); err != nil {
		return s.answerRefusal(e, err, nil)
	}
	setFlash(e, "flash.closing_kept")
	return redirect(e, "/matches/"+matchID+"#closing")
}
