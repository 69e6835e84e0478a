package workspace

import (
	"strings"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/pb_hooks"
)

// mailSupportRequest tells each coordinator of program, in their language, and the
// programme's contact address, in the programme's first language, about a new request.
func mailSupportRequest(app core.App, program, request *core.Record) error {
	asker, err := app.FindRecordById("users", request.GetString("user"))
	if err != nil {
		return err
	}
	languages := program.GetStringSlice("languages")
	letter := func() pb_hooks.Letter {
		return pb_hooks.Letter{
			Kind:    "support_request",
			Subject: pb_hooks.P("support.mail.request.subject", "program", program.GetString("name"), "topic", request.GetString("topic")),
			Paragraphs: []pb_hooks.Phrase{
				pb_hooks.P("support.mail.request.body", "name", asker.GetString("name"), "program", program.GetString("name")),
				pb_hooks.Quoted(request.GetString("topic") + "\n\n" + request.GetString("body")),
			},
			Action:  pb_hooks.P("support.mail.request.action"),
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
		if _, err := pb_hooks.QueueLetter(app, c, pb_hooks.RecipientLocale(c, languages), letter()); err != nil {
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
	_, err = pb_hooks.QueueLetter(app, mailbox, pb_hooks.RecipientLocale(nil, languages), letter())
	return err
}

// mailSupportAnswer sends the coordinators' answer to the person who asked, in their language.
func mailSupportAnswer(app core.App, program, request *core.Record) error {
	asker, err := app.FindRecordById("users", request.GetString("user"))
	if err != nil {
		return err
	}
	_, err = pb_hooks.QueueLetter(app, asker, pb_hooks.RecipientLocale(asker, program.GetStringSlice("languages")), pb_hooks.Letter{
		Kind:    "support_answer",
		Subject: pb_hooks.P("support.mail.answer.subject", "topic", request.GetString("topic")),
		Paragraphs: []pb_hooks.Phrase{
			pb_hooks.P("support.mail.answer.body", "program", program.GetString("name")),
			pb_hooks.Quoted(request.GetString("answer")),
		},
		Action:  pb_hooks.P("support.mail.answer.action"),
		Link:    "/help",
		Related: request,
	})
	return err
}
