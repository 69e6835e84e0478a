package ui

import (
	"net/http"

	"github.com/pocketbase/pocketbase/core"
)

// eventNew shows the coordinators an empty event form; anyone else gets the 404 page.
func (s *server) eventNew(e *core.RequestEvent) error {
	program, ok := coordinatedProgram(e)
	if !ok {
		return s.renderNotFound(e)
	}
	p := newPage(e, "events.new.title")
	p.Form["kind"] = e.Request.URL.Query().Get("kind")
	return s.renderEventForm(e, http.StatusOK, p, program, nil)
}
