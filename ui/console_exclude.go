package ui

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/mentoring"
)

// consoleExclude keeps a draft pair from ever being proposed again.
func (s *server) consoleExclude(e *core.RequestEvent) error {
	match, ok := consoleDraft(e)
	if !ok {
		return s.renderNotFound(e)
	}
	if err := mentoring.ExcludePair(e.App, e.Auth.Id, match.GetString("mentee"), match.GetString("mentor")); err != nil {
		return s.consoleRefused(e, err)
	}
	return redirect(e, consoleURL(e))
}
