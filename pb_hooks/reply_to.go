package pb_hooks

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/outbox"
)

// bindReplyTo gives every queued mail about a programme's record (an application, a pair, a
// meeting, an event…) a Reply-To of the programme's contact address, unless the letter chose
// one: an answer then reaches the coordinators instead of the portal's sender, whoever queued
// the mail.
func bindReplyTo(app core.App) {
	app.OnRecordCreate(outbox.Collection).BindFunc(func(e *core.RecordEvent) error {
		if e.Record.GetString("reply_to") == "" {
			e.Record.Set("reply_to", kernel.ProgramContact(e.App,
				e.Record.GetString("related_collection"), e.Record.GetString("related_id")))
		}
		return e.Next()
	})
}
