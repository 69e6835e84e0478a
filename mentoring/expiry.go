package mentoring

import (
	"time"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/outbox"
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
	pair, err := kernel.PairOf(app, match)
	if err != nil {
		return err
	}
	program := pair.Program.GetString("name")
	_, err = outbox.QueueLetter(app, pair.Mentee, pair.Locale(pair.Mentee), outbox.Letter{
		Kind:       "invitation_expired",
		Subject:    outbox.P("mentoring.mail.expired.subject"),
		Paragraphs: []outbox.Phrase{outbox.P("mentoring.mail.expired.mentee", "name", pair.Mentor.GetString("name"), "program", program)},
		Action:     outbox.P("mentoring.mail.action.me"),
		Link:       "/me",
		Related:    match,
	})
	if err != nil {
		return err
	}
	_, err = outbox.QueueLetter(app, pair.Mentor, pair.Locale(pair.Mentor), outbox.Letter{
		Kind:       "invitation_expired",
		Subject:    outbox.P("mentoring.mail.expired.subject"),
		Paragraphs: []outbox.Phrase{outbox.P("mentoring.mail.expired.mentor", "name", pair.Mentee.GetString("name"), "program", program)},
		Related:    match,
	})
	return err
}
