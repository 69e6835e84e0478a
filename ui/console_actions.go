package ui

import (
	"net/http"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// consoleURL is the console of the request's programme.
func consoleURL(e *core.RequestEvent) string {
	return "/coordinate/" + e.Request.PathValue("slug") + "/matching"
}

// consoleDraft loads the {match} of the request's programme for a coordinator of it.
func consoleDraft(e *core.RequestEvent) (*core.Record, bool) {
	program, ok := consoleProgram(e)
	if !ok {
		return nil, false
	}
	return programRecord(e, program, kernel.CollectionMatches, "match")
}

// consoleRefused shows the console again with what the domain refused; other errors are
// the server's.
func (s *server) consoleRefused(e *core.RequestEvent, err error) error {
	return s.answerRefusal(e, err, func(errs map[string]string) error {
		return s.renderConsole(e, http.StatusUnprocessableEntity, errs)
	})
}
