package ui

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/mentoring"
)

// applicationUpdate saves the changed answers; anything refused shows the form again with what
// was typed.
func (s *server) applicationUpdate(e *core.RequestEvent) error {
	application, program, ok := ownApplication(e)
	if !ok {
		return s.renderNotFound(e)
	}
	in := readApplicationInput(e, application.GetString("role"))
	form, err := in.form()
	if err == nil {
		err = mentoring.UpdateApplication(e.App, e.Auth.Id, application.Id, form)
	}
	if err != nil {
		return s.renderApplicationForm(e, statusOfForm, program, in, fieldErrors(e, err), application)
	}
	setFlash(e, "flash.application_saved")
	return redirect(e, "/me")
}
