package pb_hooks

import (
	"strings"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/outbox"
)

// The e-mails of a relationship ending, of a support request, of an invitation closed
// before its mentor answered and of one the mentor declined, written here so the portal (packages workspace and mentoring)
// and the REST API hooks (parity_hooks.go) send the same letters.

// MailMatchClosed tells both members of pair, each in their language, that the relationship
// ended, why when a reason was given, and asks for the final evaluation. Call it with the
// transaction's app.
func MailMatchClosed(app core.App, pair *kernel.Pair, reason string) error {
	for _, member := range pair.Members() {
		if err := mailClosed(app, pair, member, strings.TrimSpace(reason)); err != nil {
			return err
		}
	}
	return nil
}

func mailClosed(app core.App, pair *kernel.Pair, member *core.Record, reason string) error {
	partner := pair.Partner(member.Id).GetString("name")
	program := pair.Program.GetString("name")
	paragraphs := []outbox.Phrase{outbox.P("ending.mail.body", "partner", partner, "program", program)}
	if reason != "" {
		paragraphs = append(paragraphs, outbox.P("ending.mail.reason"), outbox.Quoted(reason))
	}
	_, err := outbox.QueueLetter(app, member, pair.Locale(member), outbox.Letter{
		Kind:       "match_closed",
		Subject:    outbox.P("ending.mail.subject", "partner", partner),
		Paragraphs: append(paragraphs, outbox.P("ending.mail.final")),
		Action:     outbox.P("ending.mail.action"),
		// "final" is workspace.EvaluationFinal, the form due when a match is closed
		Link:    "/matches/" + pair.Match.Id + "/evaluations/final",
		Related: pair.Match,
	})
	return err
}

// MailSupportRequest tells each coordinator of program, in their language, and the
// programme's contact address, in the programme's first language, about request. Call it
// with the transaction's app.
func MailSupportRequest(app core.App, program, request *core.Record) error {
	asker, err := app.FindRecordById("users", request.GetString("user"))
	if err != nil {
		return err
	}
	languages := program.GetStringSlice("languages")
	letter := func() outbox.Letter {
		return outbox.Letter{
			Kind:    "support_request",
			Subject: outbox.P("support.mail.request.subject", "program", program.GetString("name"), "topic", request.GetString("topic")),
			Paragraphs: []outbox.Phrase{
				outbox.P("support.mail.request.body", "name", asker.GetString("name"), "program", program.GetString("name")),
				outbox.Quoted(request.GetString("topic") + "\n\n" + request.GetString("body")),
			},
			Action:  outbox.P("support.mail.request.action"),
			Link:    "/coordinate/" + program.GetString("slug") + "/support",
			Related: request,
		}
	}
	told := map[string]bool{}
	coordinators, err := app.FindRecordsByIds("users", program.GetStringSlice("coordinators"))
	if err != nil {
		return err
	}
	for _, c := range coordinators {
		told[strings.ToLower(c.Email())] = true
		if _, err := outbox.QueueLetter(app, c, outbox.RecipientLocale(c, languages), letter()); err != nil {
			return err
		}
	}
	contact := strings.TrimSpace(program.GetString("contact_email"))
	if contact == "" || told[strings.ToLower(contact)] {
		return nil
	}
	// The contact address has no account: write to it as to a person named after the programme.
	mailbox := core.NewRecord(asker.Collection())
	mailbox.SetEmail(contact)
	mailbox.Set("name", program.GetString("name"))
	_, err = outbox.QueueLetter(app, mailbox, outbox.RecipientLocale(nil, languages), letter())
	return err
}

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

// MailSupportAnswer sends the coordinators' answer to request to the person who asked, in
// their language. Call it with the transaction's app.
func MailSupportAnswer(app core.App, program, request *core.Record) error {
	asker, err := app.FindRecordById("users", request.GetString("user"))
	if err != nil {
		return err
	}
	_, err = outbox.QueueLetter(app, asker, outbox.RecipientLocale(asker, program.GetStringSlice("languages")), outbox.Letter{
		Kind:       "support_answer",
		Subject:    outbox.P("support.mail.answer.subject", "topic", request.GetString("topic")),
		Paragraphs: []outbox.Phrase{outbox.P("support.mail.answer.body", "program", program.GetString("name")), outbox.Quoted(request.GetString("answer"))},
		Action:     outbox.P("support.mail.answer.action"),
		Link:       "/help",
		Related:    request,
	})
	return err
}
