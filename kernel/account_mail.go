package kernel

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/outbox"
)

// AccountExistsKind is the outbox kind of the letter telling an account's owner that someone
// tried to register with their address.
const AccountExistsKind = "account_exists"

// QueueAccountExists tells owner that someone, perhaps they themselves, tried to create an
// account with their address. The registration form answers a taken address as it answers a
// new one, so the form cannot tell a stranger who has an account; the owner learns here, by
// the e-mail only they read, and finds the way to sign in or to a new password.
func QueueAccountExists(app core.App, owner *core.Record) error {
	_, err := outbox.QueueLetter(app, owner, outbox.RecipientLocale(owner, nil), outbox.Letter{
		Kind:       AccountExistsKind,
		Subject:    outbox.P("mail.account_exists.subject"),
		Paragraphs: []outbox.Phrase{outbox.P("mail.account_exists.body")},
		Action:     outbox.P("mail.account_exists.action"),
		Link:       "/login",
		After:      []outbox.Phrase{outbox.P("mail.account_exists.forgot"), outbox.P("mail.account_exists.ignore")},
		Related:    owner,
	})
	return err
}

// accountLink is one kind of account e-mail carrying a token: its outbox kind, the portal
// path the token is appended to and the catalog keys of its letter.
type accountLink struct {
	kind, path                    string
	subject, body, action, ignore string
}

var (
	verifyLink = accountLink{kind: "verification", path: "/verify/",
		subject: "mail.verify.subject", body: "mail.verify.body", action: "mail.verify.action", ignore: "mail.verify.ignore"}
	resetLink = accountLink{kind: "password_reset", path: "/reset-password/",
		subject: "mail.reset.subject", body: "mail.reset.body", action: "mail.reset.action", ignore: "mail.reset.ignore"}
)

// QueueVerification asks person, in their language, to confirm their address with token
// through the portal's /verify page rather than the dashboard's.
func QueueVerification(app core.App, person *core.Record, token string) error {
	return queueAccountLink(app, person, token, verifyLink)
}

// QueuePasswordReset sends person, in their language, the portal's /reset-password link with
// token.
func QueuePasswordReset(app core.App, person *core.Record, token string) error {
	return queueAccountLink(app, person, token, resetLink)
}

func queueAccountLink(app core.App, person *core.Record, token string, kind accountLink) error {
	_, err := outbox.QueueLetter(app, person, outbox.RecipientLocale(person, nil), outbox.Letter{
		Kind:       kind.kind,
		Subject:    outbox.P(kind.subject),
		Paragraphs: []outbox.Phrase{outbox.P(kind.body)},
		Action:     outbox.P(kind.action),
		Link:       kind.path + token,
		After:      []outbox.Phrase{outbox.P(kind.ignore)},
		Related:    person,
	})
	return err
}
