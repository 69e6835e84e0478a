package ui

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/workspace"
)

// eventCreate saves a new programme event; its audience gets the invite by e-mail (the events
// hook sends it, as for an event created through the REST API).
func (s *server) eventCreate(e *core.RequestEvent) error {
	program, ok := coordinatedProgram(e)
	if !ok {
		return s.renderNotFound(e)
	}
	p := newPage(e, "events.new.title")
	f, form, err := readEventForm(e, program)
	p.Form = form
	if err == nil {
		_, err = workspace.CreateEvent(e.App, e.Auth.Id, program.Id, f)
	}
	if err != nil {
		return s.eventFailure(e, err, p, program, nil)
	}
	setFlash(e, "flash.event_created")
	return redirect(e, "/coordinate/"+program.GetString("slug")+"/events")
}
