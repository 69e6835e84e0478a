package ui

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/mentoring"
)

// applicationWithdraw withdraws the application once the person ticked the confirmation box;
// without it, nothing changes and the edit page says why.
func (s *server) applicationWithdraw(e *core.RequestEvent) error {
	application, program, ok := ownApplication(e)
	if !ok {
		return s.renderNotFound(e)
	}
	if e.Request.PostFormValue("confirm") == "" {
		setFlash(e, "flash.application_withdraw_unconfirmed")
		return redirect(e, "/applications/"+application.Id+"/edit")
	}
	if err := mentoring.WithdrawApplication(e.App, e.Auth.Id, application.Id); err != nil {
		in := applicationInputOf(application, e.Auth)
		return s.renderApplicationForm(e, statusOfForm, program, in, fieldErrors(e, err), application)
	}
	setFlash(e, "flash.application_withdrawn")
	return redirect(e, "/me")
}
