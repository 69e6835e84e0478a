package ui

import (
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/mails"
)

// verificationResend queues a fresh verification e-mail for the signed-in person.
func (s *server) verificationResend(e *core.RequestEvent) error {
	if !e.Auth.Verified() {
		if err := mails.SendRecordVerification(e.App, e.Auth); err != nil {
			return err
		}
	}
	setFlash(e, "flash.verification_sent")
	return redirect(e, "/account")
}
