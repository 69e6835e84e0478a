package workspace

import (
	"strings"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/outbox"
)

// MailMatchChanged queues the letters a change of match calls for, whoever saved it: when an
// active pair is closed, both members are told, each in their language, why (end_reason) when
// a reason was given, and asked for the final evaluation. from is the status stored before the
// save. Call it from the record hook, with the save's transaction.
func MailMatchChanged(app core.App, match *core.Record, from string) error {
	if from != kernel.MatchActive || match.GetString("status") != kernel.MatchClosed {
		return nil
	}
	pair, err := kernel.PairOf(app, match)
	if err != nil {
		return err
	}
	if kernel.IsFormerParticipant(pair.Mentor) || kernel.IsFormerParticipant(pair.Mentee) {
		return nil // closed by an erasure, which tells the partner itself (mailPartnerErased)
	}
	for _, member := range pair.Members() {
		if err := mailClosed(app, pair, member, strings.TrimSpace(match.GetString("end_reason"))); err != nil {
			return err
		}
	}
	return nil
}

func mailClosed(app core.App, pair *kernel.Pair, member *core.Record, reason string) error {
	partner := pair.Partner(member.Id).GetString("name")
	paragraphs := []outbox.Phrase{outbox.P("ending.mail.body", "partner", partner, "program", pair.ProgramName(member))}
	if reason != "" {
		paragraphs = append(paragraphs, outbox.P("ending.mail.reason"), outbox.Quoted(reason))
	}
	_, err := outbox.QueueLetter(app, member, pair.Locale(member), outbox.Letter{
		Kind:       "match_closed",
		Subject:    outbox.P("ending.mail.subject", "partner", partner),
		Paragraphs: append(paragraphs, outbox.P("ending.mail.final")),
		Action:     outbox.P("ending.mail.action"),
		Link:       "/matches/" + pair.Match.Id + "/evaluations/" + EvaluationFinal,
		Related:    pair.Match,
	})
	return err
}

// MailSupportRequest tells each coordinator of the request's programme, in their language,
// and the programme's contact address, in the programme's first language, about a new
// request. Call it from the record hook, with the save's transaction.
func MailSupportRequest(app core.App, request *core.Record) error {
	program, asker, err := supportParties(app, request)
	if err != nil {
		return err
	}
	languages := program.GetStringSlice("languages")
	letter := func(locale string) outbox.Letter {
		name := kernel.ProgramName(program, locale)
		return outbox.Letter{
			Kind:    "support_request",
			Subject: outbox.P("support.mail.request.subject", "program", name, "topic", request.GetString("topic")),
			Paragraphs: []outbox.Phrase{
				outbox.P("support.mail.request.body", "name", asker.GetString("name"), "program", name),
				outbox.Quoted(request.GetString("topic") + "\n\n" + request.GetString("body")),
			},
			Action:  outbox.P("support.mail.request.action"),
			Link:    "/coordinate/" + program.GetString("slug") + "/support",
			Related: request,
		}
	}
	told := map[string]bool{}
	coordinators, err := app.FindRecordsByIds(kernel.CollectionUsers, program.GetStringSlice("coordinators"))
	if err != nil {
		return err
	}
	for _, c := range coordinators {
		told[strings.ToLower(c.Email())] = true
		locale := outbox.RecipientLocale(c, languages)
		if _, err := outbox.QueueLetter(app, c, locale, letter(locale)); err != nil {
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
	locale := outbox.RecipientLocale(nil, languages)
	_, err = outbox.QueueLetter(app, mailbox, locale, letter(locale))
	return err
}

// MailSupportAnswer sends the coordinators' answer to request to the person who asked, in
// their language, when it is a new one (NewSupportAnswer) next to stored, the answer the
// request had. Call it from the record hook, with the save's transaction.
func MailSupportAnswer(app core.App, request *core.Record, stored string) error {
	if !NewSupportAnswer(stored, request.GetString("answer")) {
		return nil
	}
	program, asker, err := supportParties(app, request)
	if err != nil {
		return err
	}
	locale := outbox.RecipientLocale(asker, program.GetStringSlice("languages"))
	_, err = outbox.QueueLetter(app, asker, locale, outbox.Letter{
		Kind:       "support_answer",
		Subject:    outbox.P("support.mail.answer.subject", "topic", request.GetString("topic")),
		Paragraphs: []outbox.Phrase{outbox.P("support.mail.answer.body", "program", kernel.ProgramName(program, locale)), outbox.Quoted(request.GetString("answer"))},
		Action:     outbox.P("support.mail.answer.action"),
		Link:       "/help",
		Related:    request,
	})
	return err
}

// NewSupportAnswer reports whether answer, replacing stored, tells the person who asked
// something new: it is not blank, and not the stored answer give or take surrounding spaces
// (saving the form again, or an edit of the topic or status alone, mails nothing).
func NewSupportAnswer(stored, answer string) bool {
	answer = strings.TrimSpace(answer)
	return answer != "" && answer != strings.TrimSpace(stored)
}

// supportParties are the programme a request was made in and the person who made it.
func supportParties(app core.App, request *core.Record) (program, asker *core.Record, err error) {
	program, err = app.FindRecordById(kernel.CollectionPrograms, request.GetString("program"))
	if err != nil {
		return nil, nil, err
	}
	asker, err = app.FindRecordById(kernel.CollectionUsers, request.GetString("user"))
	return program, asker, err
}
