package workspace

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/outbox"
)

// MailRoadbookNewlySubmitted mails the mentor (MailRoadbookSubmitted) when roadbook, just
// saved, is submitted and previous, the road-book before the save (nil for a new one), was
// not: a submitted road-book stays submitted, so the mentor hears of it once.
func MailRoadbookNewlySubmitted(app core.App, roadbook, previous *core.Record) error {
	if roadbook.GetDateTime("submitted_at").IsZero() || previous != nil && !previous.GetDateTime("submitted_at").IsZero() {
		return nil
	}
	return MailRoadbookSubmitted(app, roadbook)
}

// MailRoadbookSubmitted tells the mentor, in their language, that the road-book is ready to read.
func MailRoadbookSubmitted(app core.App, roadbook *core.Record) error {
	pair, err := kernel.FindPair(app, roadbook.GetString("match"))
	if err != nil {
		return err
	}
	mentee := pair.Mentee.GetString("name")
	_, err = outbox.QueueLetter(app, pair.Mentor, pair.Locale(pair.Mentor), outbox.Letter{
		Kind:       "roadbook_submitted",
		Subject:    outbox.P("roadbook.mail.subject", "mentee", mentee),
		Paragraphs: []outbox.Phrase{outbox.P("roadbook.mail.body", "mentee", mentee)},
		Action:     outbox.P("roadbook.mail.action"),
		Link:       "/matches/" + pair.Match.Id + "#roadbook",
		Related:    roadbook,
	})
	return err
}
