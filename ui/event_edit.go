package ui

import (
	"net/http"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

// eventEdit shows the coordinators the form of one of their programme's events; a cancelled
// event is not edited any more (403), and anyone else gets the 404 page.
func (s *server) eventEdit(e *core.RequestEvent) error {
	program, event, ok := coordinatedEvent(e)
	if !ok {
		return s.renderNotFound(e)
	}
	if workspace.EventCancelled(event) {
		return s.renderForbidden(e, kernel.ErrNotAllowed.Code)
	}
	p := newPage(e, "events.edit.title")
	p.Form = eventFormValues(event, program)
	return s.renderEventForm(e, http.StatusOK, p, program, event)
}

// coordinatedEvent loads the request's {id} event of the {slug} programme the person
// coordinates.
func coordinatedEvent(e *core.RequestEvent) (program, event *core.Record, ok bool) {
	program, ok = coordinatedProgram(e)
	if !ok {
		return nil, nil, false
	}
	event, ok = programRecord(e, program, kernel.CollectionEvents, "id")
	return program, event, ok
}
