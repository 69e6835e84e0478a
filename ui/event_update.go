package ui

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/workspace"
)

// eventUpdate saves the coordinators' changes to an event; the invitees get the new version
// of the invite (the events hook sends it).
func (s *server) eventUpdate(e *core.RequestEvent) error {
	program, event, ok := coordinatedEvent(e)
	if !ok {
		return s.renderNotFound(e)
	}
	p := newPage(e, "events.edit.title")
	f, form, err := readEventForm(e, program)
	p.Form = form
	if err == nil {
		err = workspace.UpdateEvent(e.App, e.Auth.Id, program.Id, event.Id, f)
	}
	if err != nil {
		return s.eventFailure(e, err, p, program, event)
	}
	setFlash(e, "flash.event_updated")
	return redirect(e, "/coordinate/"+program.GetString("slug")+"/events")
}
