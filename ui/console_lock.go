package ui

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/mentoring"
)

// consoleLock toggles whether a draft pair is kept when the proposal is computed again.
func (s *server) consoleLock(e *core.RequestEvent) error {
	match, ok := consoleDraft(e)
	if !ok {
		return s.renderNotFound(e)
	}
	if err := mentoring.LockPair(e.App, e.Auth.Id, match.Id, !match.GetBool("locked")); err != nil {
		return s.consoleRefused(e, err)
	}
	return redirect(e, consoleURL(e))
}
