package ui

import (
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/mails"
)

// passwordSend queues a reset e-mail (rendered and queued by the mailer hook in pb_hooks) and
// says the same thing whether or not the address has an account, so nobody can probe for one.
func (s *server) passwordSend(e *core.RequestEvent) error {
	email := formValues(e, "email")["email"]
	if user, err := e.App.FindAuthRecordByEmail(usersCollection, email); err == nil {
		if err := mails.SendRecordPasswordReset(e.App, user); err != nil {
			return err
		}
	}
	setFlash(e, "flash.reset_sent")
	return redirect(e, "/forgot-password")
}
