package ui

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/workspace"
)

// eventCancel calls off an event; the invitees get the cancellation (the events hook sends it).
func (s *server) eventCancel(e *core.RequestEvent) error {
	program, event, ok := coordinatedEvent(e)
	if !ok {
		return s.renderNotFound(e)
	}
	if err := workspace.CancelEvent(e.App, e.Auth.Id, program.Id, event.Id); err != nil {
		return s.answerRefusal(e, err, nil)
	}
	setFlash(e, "flash.event_cancelled")
	return redirect(e, "/coordinate/"+program.GetString("slug")+"/events")
}
