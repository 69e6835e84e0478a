package mentoring

import (
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

// mailImported invites the person of an application just imported to confirm it: someone
// new (an account the import made, not yet verified) chooses a password from the letter's
// link, which also proves the address; someone known signs in. Either then accepts the
// charter and confirms their consent on the application's page, which submits it.
func mailImported(app core.App, user, program, application *core.Record) error {
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
	} else {
		token, err := longPasswordResetToken(user)
		if err != nil {
			return err
		}
		letter.Paragraphs = append(letter.Paragraphs, outbox.P("intake.mail.new_account"))
		letter.Action, letter.Link = outbox.P("intake.mail.set_password"), "/reset-password/"+token
		letter.After = []outbox.Phrase{outbox.P("intake.mail.then", "link", kernel.PortalURL(app, confirm)),
			outbox.P("intake.mail.valid_days", "days", importLinkDays)}
	}
	_, err := outbox.QueueLetter(app, user, locale, letter)
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
