package pb_hooks

import (
	"time"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"
)

// ExpireInvitations marks every invitation still pending after its expires_at as expired and
// tells both people, each in their language. Each invitation is its own transaction, so one
// that fails does not hold the others back; it returns how many expired.
func ExpireInvitations(app core.App, now time.Time) (int, error) {
	at, err := types.ParseDateTime(now)
	if err != nil {
		return 0, err
	}
	due, err := app.FindRecordsByFilter("matches",
		`status = "invited" && expires_at != "" && expires_at <= {:now}`, "expires_at", 0, 0,
		map[string]any{"now": at.String()})
	if err != nil {
		return 0, err
	}
	expired := 0
	for _, match := range due {
		err := app.RunInTransaction(func(tx core.App) error {
			match.Set("status", "expired")
			if err := tx.Save(match); err != nil {
				return err
			}
			return mailExpired(tx, match)
		})
		if err != nil {
			return expired, err
		}
		expired++
	}
	return expired, nil
}

func mailExpired(app core.App, match *core.Record) error {
	m, err := LoadMembers(app, match)
	if err != nil {
		return err
	}
	_, err = QueueLetter(app, m.MenteeUser, m.Locale(m.MenteeUser), Letter{
		Kind:       "invitation_expired",
		Subject:    P("mentoring.mail.expired.subject"),
		Paragraphs: []Phrase{P("mentoring.mail.expired.mentee", "name", m.MentorUser.GetString("name"), "program", m.Program.GetString("name"))},
		Action:     P("mentoring.mail.action.me"),
		Link:       "/me",
		Related:    match,
	})
	if err != nil {
		return err
	}
	_, err = QueueLetter(app, m.MentorUser, m.Locale(m.MentorUser), Letter{
		Kind:       "invitation_expired",
		Subject:    P("mentoring.mail.expired.subject"),
		Paragraphs: []Phrase{P("mentoring.mail.expired.mentor", "name", m.MenteeUser.GetString("name"), "program", m.Program.GetString("name"))},
		Related:    match,
	})
	return err
}

// Members are the records around a match that its e-mails need.
type Members struct {
	Program                *core.Record
	MentorApp, MenteeApp   *core.Record
	MentorUser, MenteeUser *core.Record
}

// LoadMembers loads the programme, both applications and both people of match.
func LoadMembers(app core.App, match *core.Record) (*Members, error) {
	m := &Members{}
	var err error
	if m.Program, err = app.FindRecordById("programs", match.GetString("program")); err != nil {
		return nil, err
	}
	if m.MentorApp, err = app.FindRecordById("applications", match.GetString("mentor")); err != nil {
		return nil, err
	}
	if m.MenteeApp, err = app.FindRecordById("applications", match.GetString("mentee")); err != nil {
		return nil, err
	}
	if m.MentorUser, err = app.FindRecordById("users", m.MentorApp.GetString("user")); err != nil {
		return nil, err
	}
	m.MenteeUser, err = app.FindRecordById("users", m.MenteeApp.GetString("user"))
	return m, err
}

// Locale is the language to write to person, a member of the match.
func (m *Members) Locale(person *core.Record) string {
	return RecipientLocale(person, m.Program.GetStringSlice("languages"))
}
