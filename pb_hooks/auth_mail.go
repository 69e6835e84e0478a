package pb_hooks

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/outbox"
)

// bindAuthMail replaces PocketBase's verification and password-reset e-mails for users: they
// are written in the person's language, link to the portal (/verify/{token},
// /reset-password/{token}) instead of the dashboard, and go through the outbox instead of
// being sent directly. This holds for the portal and for the REST API's request-* endpoints,
// which both end in these mailer hooks. Superusers keep PocketBase's own e-mails.
func bindAuthMail(app core.App) {
	app.OnMailerRecordVerificationSend(kernel.CollectionUsers).BindFunc(func(e *core.MailerRecordEvent) error {
		return queueAuthMail(e, authMailVerify)
	})
	app.OnMailerRecordPasswordResetSend(kernel.CollectionUsers).BindFunc(func(e *core.MailerRecordEvent) error {
		return queueAuthMail(e, authMailReset)
	})
}

// authMail is one kind of account e-mail: its outbox kind, portal path and catalog keys.
type authMail struct {
	kind, path                    string
	subject, body, action, ignore string
}

var (
	authMailVerify = authMail{kind: "verification", path: "/verify/",
		subject: "mail.verify.subject", body: "mail.verify.body", action: "mail.verify.action", ignore: "mail.verify.ignore"}
	authMailReset = authMail{kind: "password_reset", path: "/reset-password/",
		subject: "mail.reset.subject", body: "mail.reset.body", action: "mail.reset.action", ignore: "mail.reset.ignore"}
)

// queueAuthMail writes the e-mail as a Letter with the token PocketBase generated and queues
// it with the app of the event, which is the transaction's app when the caller runs in one.
func queueAuthMail(e *core.MailerRecordEvent, kind authMail) error {
	token, _ := e.Meta["token"].(string)
	_, err := outbox.QueueLetter(e.App, e.Record, outbox.RecipientLocale(e.Record, nil), outbox.Letter{
		Kind:       kind.kind,
		Subject:    outbox.P(kind.subject),
		Paragraphs: []outbox.Phrase{outbox.P(kind.body)},
		Action:     outbox.P(kind.action),
		Link:       kind.path + token,
		After:      []outbox.Phrase{outbox.P(kind.ignore)},
		Related:    e.Record,
	})
	return err
}
