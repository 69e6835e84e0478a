package workspace

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/pb_hooks"
)

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
