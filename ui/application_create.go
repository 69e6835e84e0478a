package ui

import (
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/mentoring"
)

// applicationCreate sends the application. The charter must be accepted first (the page sends the
// person back to it otherwise); anything refused shows the form again with what was typed.
func (s *server) applicationCreate(e *core.RequestEvent) error {
	program, role, ok, err := s.openApplicationForm(e)
	if !ok {
		return err
	}
	accepted, err := kernel.HasAcceptedCharter(e.App, e.Auth.Id, program.Id, time.Now())
	if err != nil {
		return err
	}
	if !accepted {
		return redirect(e, e.Request.URL.Path)
	}
	in := readApplicationInput(e, role)
	form, err := in.form()
	if err == nil {
		_, err = mentoring.Apply(e.App, e.Auth.Id, program.Id, role, form)
	}
	if err != nil {
		return s.renderApplicationForm(e, statusOfForm, program, in, fieldErrors(e, err), nil)
	}
	setFlash(e, "flash.application_sent")
	return redirect(e, "/me")
}
