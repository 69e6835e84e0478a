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
