package pb_hooks

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// bindAuthMail replaces PocketBase's verification and password-reset e-mails for users: they
// are written in the person's language, link to the portal instead of the dashboard, and go
// through the outbox instead of being sent directly (kernel.QueueVerification,
// kernel.QueuePasswordReset), queued with the event's app, which is the transaction's app
// when the caller runs in one. This holds for the portal and for the REST API's request-*
// endpoints, which both end in these mailer hooks. Superusers keep PocketBase's own e-mails.
func bindAuthMail(app core.App) {
	app.OnMailerRecordVerificationSend(kernel.CollectionUsers).BindFunc(func(e *core.MailerRecordEvent) error {
		return kernel.QueueVerification(e.App, e.Record, token(e))
	})
	app.OnMailerRecordPasswordResetSend(kernel.CollectionUsers).BindFunc(func(e *core.MailerRecordEvent) error {
		return kernel.QueuePasswordReset(e.App, e.Record, token(e))
	})
}

// token is the token PocketBase generated for the e-mail.
func token(e *core.MailerRecordEvent) string {
	token, _ := e.Meta["token"].(string)
	return token
}
