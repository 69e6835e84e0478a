package mentoring

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/outbox"
)

// MailInvitationClosed thanks the mentor of an invitation closed before they answered it, so
// they stop waiting for it and are not puzzled when it vanishes from their page. body is the
// catalog key saying why, with {name} (the mentee) and {program}: the mentee found another
// mentor (mentoring.mail.closed.found), cancelled it (.cancelled), withdrew (.withdrawn), or
// the coordinators closed it (.coordinator). Call it with the transaction's app.
func MailInvitationClosed(app core.App, match *core.Record, body string) error {
	pair, err := kernel.PairOf(app, match)
	if err != nil {
		return err
	}
	return mailInvitationClosed(app, pair, body)
}

func mailInvitationClosed(app core.App, pair *kernel.Pair, body string) error {
	menteeName := pair.Mentee.GetString("name")
	_, err := outbox.QueueLetter(app, pair.Mentor, pair.Locale(pair.Mentor), outbox.Letter{
		Kind:    "invitation_closed",
		Subject: outbox.P("mentoring.mail.closed.subject", "name", menteeName),
		Paragraphs: []outbox.Phrase{
			outbox.P(body, "name", menteeName, "program", pair.Program.GetString("name")),
			outbox.P("mentoring.mail.closed.thanks"),
		},
		Action:  outbox.P("mentoring.mail.action.me"),
		Link:    "/me",
		Related: pair.Match,
	})
	return err
}

// MailInvitationDeclined tells the mentee of the pair, in their language, that its mentor
// declined the invitation, with the reason they gave (match.response) and where to look for
// another mentor. Call it with the transaction's app.
func MailInvitationDeclined(app core.App, pair *kernel.Pair) error {
	mentorName, program := pair.Mentor.GetString("name"), pair.Program.GetString("name")
	paragraphs := []outbox.Phrase{outbox.P("mentoring.mail.declined.body", "name", mentorName, "program", program)}
	if reason := pair.Match.GetString("response"); reason != "" {
		paragraphs = append(paragraphs, outbox.P("mentoring.mail.declined.reason"), outbox.Quoted(reason))
	}
	_, err := outbox.QueueLetter(app, pair.Mentee, pair.Locale(pair.Mentee), outbox.Letter{
		Kind:       "invitation_declined",
		Subject:    outbox.P("mentoring.mail.declined.subject", "name", mentorName),
		Paragraphs: append(paragraphs, outbox.P("mentoring.mail.declined.next")),
		Action:     outbox.P("mentoring.mail.action.me"),
		Link:       "/me",
		Related:    pair.Match,
	})
	return err
}
