package mentoring

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/outbox"
)

// The e-mails of this package. Each is queued with the transaction's app, in the language of
// its recipient (users.locale, else the programme's first language, else English).

func mailReceived(app core.App, user, program, application *core.Record) error {
	locale := localeOf(user, program)
	status, name := application.GetString("status"), kernel.ProgramName(program, locale)
	_, err := outbox.QueueLetter(app, user, locale, outbox.Letter{
		Kind:    "application_received",
		Subject: outbox.P("mentoring.mail.received.subject", "program", name),
		Paragraphs: []outbox.Phrase{outbox.P("mentoring.mail.received."+status,
			"program", name, "role", roleName(locale, application.GetString("role")))},
		Action:  outbox.P("mentoring.mail.action.me"),
		Link:    "/me",
		Related: application,
	})
	return err
}

func mailDecision(app core.App, user, program, application *core.Record) error {
	locale := localeOf(user, program)
	name := kernel.ProgramName(program, locale)
	paragraphs := []outbox.Phrase{outbox.P("mentoring.mail.decision."+application.GetString("status"), "program", name)}
	if message := application.GetString("decision_message"); message != "" {
		paragraphs = append(paragraphs, outbox.P("mentoring.mail.decision.message"), outbox.Quoted(message))
	}
	_, err := outbox.QueueLetter(app, user, locale, outbox.Letter{
		Kind:       "application_decision",
		Subject:    outbox.P("mentoring.mail.decision.subject", "program", name),
		Paragraphs: paragraphs,
		Action:     outbox.P("mentoring.mail.action.me"),
		Link:       "/me",
		Related:    application,
	})
	return err
}

func mailInvited(app core.App, m *kernel.Pair) error {
	match, menteeName := m.Match, m.Mentee.GetString("name")
	_, err := outbox.QueueLetter(app, m.Mentor, m.Locale(m.Mentor), outbox.Letter{
		Kind:    "invitation",
		Subject: outbox.P("mentoring.mail.invited.subject", "name", menteeName),
		Paragraphs: []outbox.Phrase{
			outbox.P("mentoring.mail.invited.body", "name", menteeName, "program", m.ProgramName(m.Mentor)),
			outbox.Quoted(match.GetString("message")),
			outbox.P("mentoring.mail.invited.expires", "date", match.GetDateTime("expires_at").Time().Format("2006-01-02")),
		},
		Action:  outbox.P("mentoring.mail.action.invitation"),
		Link:    "/invitations/" + match.Id,
		Related: match,
	})
	return err
}

// mailAccepted tells the mentee the mentor accepted, with the mentor's words and contact
// details.
func mailAccepted(app core.App, m *kernel.Pair) error {
	match := m.Match
	mentorName, program := m.Mentor.GetString("name"), m.ProgramName(m.Mentee)
	paragraphs := []outbox.Phrase{outbox.P("mentoring.mail.accepted.body", "name", mentorName, "program", program)}
	if words := match.GetString("response"); words != "" {
		paragraphs = append(paragraphs, outbox.P("mentoring.mail.accepted.message"), outbox.Quoted(words))
	}
	_, err := outbox.QueueLetter(app, m.Mentee, m.Locale(m.Mentee), outbox.Letter{
		Kind:       "invitation_accepted",
		Subject:    outbox.P("mentoring.mail.accepted.subject", "name", mentorName),
		Paragraphs: append(paragraphs, contactPhrases(m.Mentor)...),
		Action:     outbox.P("mentoring.mail.action.match"),
		Link:       "/matches/" + match.Id,
		Related:    match,
	})
	if err != nil {
		return err
	}
	// The mentor gets a written record too: whom they now mentor, and how to reach them.
	menteeName := m.Mentee.GetString("name")
	_, err = outbox.QueueLetter(app, m.Mentor, m.Locale(m.Mentor), outbox.Letter{
		Kind:       "invitation_accepted_mentor",
		Subject:    outbox.P("accounts.mail.accepted_mentor.subject", "name", menteeName),
		Paragraphs: append([]outbox.Phrase{outbox.P("accounts.mail.accepted_mentor.body", "name", menteeName, "program", program)}, contactPhrases(m.Mentee)...),
		Action:     outbox.P("mentoring.mail.action.match"),
		Link:       "/matches/" + match.Id,
		Related:    match,
	})
	return err
}

// mailMatched tells both members of a published pair who their partner is, how to reach them
// and what to do next.
func mailMatched(app core.App, pair *kernel.Pair) error {
	for _, side := range []struct {
		to, partner *core.Record
		body        string
	}{
		{pair.Mentee, pair.Mentor, "mentoring.mail.matched.mentee"},
		{pair.Mentor, pair.Mentee, "mentoring.mail.matched.mentor"},
	} {
		program := pair.ProgramName(side.to)
		paragraphs := append([]outbox.Phrase{outbox.P(side.body, "name", side.partner.GetString("name"), "program", program)},
			contactPhrases(side.partner)...)
		_, err := outbox.QueueLetter(app, side.to, pair.Locale(side.to), outbox.Letter{
			Kind:       "match_published",
			Subject:    outbox.P("mentoring.mail.matched.subject", "program", program),
			Paragraphs: paragraphs,
			Action:     outbox.P("mentoring.mail.action.match"),
			Link:       "/matches/" + pair.Match.Id,
			Related:    pair.Match,
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// contactPhrases give partner's e-mail and phone, and the next step.
func contactPhrases(partner *core.Record) []outbox.Phrase {
	out := []outbox.Phrase{
		outbox.P("mentoring.mail.contact.intro", "name", partner.GetString("name")),
		outbox.P("mentoring.mail.contact.email", "email", partner.Email()),
	}
	if phone := partner.GetString("phone"); phone != "" {
		out = append(out, outbox.P("mentoring.mail.contact.phone", "phone", phone))
	}
	return append(out, outbox.P("mentoring.mail.next_steps"))
}

func roleName(locale, role string) string {
	return outbox.P("mentoring.role." + role).Text(locale)
}
