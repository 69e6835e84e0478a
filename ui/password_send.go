package ui

import (
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/mails"

	"github.com/mentorbase/mentorbase/internal/throttle"
	"github.com/mentorbase/mentorbase/kernel"
)

// passwordSend queues a reset e-mail (rendered and queued by the mailer hook in pb_hooks) and
// says the same thing whether or not the address has an account, so nobody can probe for one.
// Past a few mails per address or client it silently sends nothing, so the form cannot be
// used to flood someone's mailbox.
func (s *server) passwordSend(e *core.RequestEvent) error {
	email := formValues(e, "email")["email"]
	if s.resetAllowed(e, email) {
		if user, err := e.App.FindAuthRecordByEmail(kernel.CollectionUsers, email); err == nil {
			if err := mails.SendRecordPasswordReset(e.App, user); err != nil {
				return err
			}
		}
	}
	setFlash(e, "flash.reset_sent")
	return redirect(e, "/forgot-password")
}

// resetAllowed counts a reset request for the address and the client and says whether both
// are still within their limits. Unknown addresses count too, so the limit reveals nothing.
func (s *server) resetAllowed(e *core.RequestEvent, email string) bool {
	l, key, ip := limits(e), throttle.Email(email), e.RealIP()
	if l.MailByEmail.Wait(key) > 0 || l.ResetByClient.Wait(ip) > 0 {
		return false
	}
	l.MailByEmail.Add(key)
	l.ResetByClient.Add(ip)
	return true
}
