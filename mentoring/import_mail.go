package mentoring

import (
	"context"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/security"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/outbox"
)

// ImportedKind is the outbox kind of the letter inviting an imported applicant to confirm.
const ImportedKind = "application_imported"

// importLinkDays is how long the link to choose a password works: coordinators import
// weeks before a programme starts, and the usual reset link lasts half an hour.
const importLinkDays = 14

// mailImported invites the person of an application just imported to confirm it
// (importedLetter).
func mailImported(app core.App, user, program, application *core.Record) error {
	letter, locale, err := importedLetter(app, user, program, application)
	if err != nil {
		return err
	}
	_, err = outbox.QueueLetter(app, user, locale, letter)
	return err
}

// importedLetter is the letter inviting the person of an application just imported to
// confirm it, and its language: someone new (an account the import made, not yet verified)
// chooses a password from the letter's link, which also proves the address; someone known
// signs in. Either then accepts the charter and confirms their consent on the application's
// page, which submits it.
func importedLetter(app core.App, user, program, application *core.Record) (outbox.Letter, string, error) {
	locale := localeOf(user, program)
	name := kernel.ProgramName(program, locale)
	confirm := "/applications/" + application.Id + "/edit"
	letter := outbox.Letter{
		Kind:    ImportedKind,
		Subject: outbox.P("intake.mail.subject", "program", name),
		Paragraphs: []outbox.Phrase{outbox.P("intake.mail.body", "program", name,
			"role", roleName(locale, application.GetString("role")))},
		Related: application,
	}
	if user.Verified() {
		letter.Paragraphs = append(letter.Paragraphs, outbox.P("intake.mail.known_account"))
		letter.Action, letter.Link = outbox.P("intake.mail.confirm"), confirm
		return letter, locale, nil
	}
	token, err := longPasswordResetToken(user)
	if err != nil {
		return letter, locale, err
	}
	letter.Paragraphs = append(letter.Paragraphs, outbox.P("intake.mail.new_account"))
	letter.Action, letter.Link = outbox.P("intake.mail.set_password"), "/reset-password/"+token
	letter.After = []outbox.Phrase{outbox.P("intake.mail.then", "link", kernel.PortalURL(app, confirm)),
		outbox.P("intake.mail.valid_days", "days", importLinkDays)}
	return letter, locale, nil
}

// importBatch is what an import hands the create hook of its applications through the save's
// context (MailApplicationCreated): the programme and the people's accounts it has already
// read, so the hook reads neither again for each row, and the letters it collects to queue
// together (flush) rather than one record save each.
type importBatch struct {
	program *core.Record
	people  map[string]*core.Record // user id → account
	replyTo string                  // the programme's contact, as the outbox's hook would set it
	mails   []outbox.Mail
}

type importBatchKey struct{}

// within is ctx carrying b to the record hooks of the saves made with it.
func (b *importBatch) within(ctx context.Context) context.Context {
	return context.WithValue(ctx, importBatchKey{}, b)
}

// MailApplicationCreated is MailApplicationChanged for a new application, called by the
// create hook with the save's context. An application an import is saving (Import) gets the
// same letter, written from what the import already read and queued with its others when
// the import's rows are all saved, in the same transaction.
func MailApplicationCreated(ctx context.Context, app core.App, application *core.Record) error {
	b, ok := ctx.Value(importBatchKey{}).(*importBatch)
	user := b.person(application)
	if !ok || user == nil || application.GetString("status") != kernel.ApplicationImported {
		return MailApplicationChanged(app, application, "")
	}
	letter, locale, err := importedLetter(app, user, b.program, application)
	if err != nil {
		return err
	}
	m, err := outbox.Render(app, user, locale, letter)
	if err != nil {
		return err
	}
	if m.ReplyTo == "" {
		m.ReplyTo = b.replyTo
	}
	b.mails = append(b.mails, m)
	return nil
}

// person is the account of application's applicant when b is the import of its programme.
func (b *importBatch) person(application *core.Record) *core.Record {
	if b == nil || application.GetString("program") != b.program.Id {
		return nil
	}
	return b.people[application.GetString("user")]
}

// flush queues the letters collected.
func (b *importBatch) flush(app core.App) error {
	err := outbox.EnqueueMany(app, b.mails)
	b.mails = nil
	return err
}

// longPasswordResetToken is PocketBase's password reset token (Record.NewPasswordResetToken,
// which /reset-password accepts) lasting importLinkDays instead of the collection's setting.
func longPasswordResetToken(user *core.Record) (string, error) {
	return security.NewJWT(jwt.MapClaims{
		core.TokenClaimType:         core.TokenTypePasswordReset,
		core.TokenClaimId:           user.Id,
		core.TokenClaimCollectionId: user.Collection().Id,
		core.TokenClaimEmail:        user.Email(),
	}, user.TokenKey()+user.Collection().PasswordResetToken.Secret, importLinkDays*24*time.Hour)
}
