package pb_migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// A cohort mail is one mail a coordinator wrote to a segment of a programme: the texts, the
// segment and the form's one-time token, unique so that a double click sends it once; its
// letters are the outbox records related to it, which give the page its sent log. Outbox
// letters get a reply-to, so a participant's answer reaches the programme's contact address.
// No API rules: the portal writes and reads them.
func init() {
	m.Register(func(app core.App) error {
		programs, err := app.FindCollectionByNameOrId("programs")
		if err != nil {
			return err
		}
		c := core.NewBaseCollection("cohort_mails")
		c.Fields.Add(
			&core.RelationField{Name: "program", CollectionId: programs.Id, CascadeDelete: true, MaxSelect: 1, Required: true,
				Help: "The programme whose participants it was sent to."},
			&core.TextField{Name: "token", Max: 64, Required: true,
				Help: "The form's one-time token: a second post of the same form sends nothing."},
			&core.TextField{Name: "segment", Max: 40, Required: true,
				Help: "Who it went to: everyone, mentors, mentees, unmatched, waitlisted, no_agreement, no_meeting, no_checkin, attendees."},
			&core.TextField{Name: "segment_detail", Max: 64,
				Help: "The segment's parameter: days without a meeting, or the event's id."},
			&core.JSONField{Name: "texts", MaxSize: 64 << 10,
				Help: "Subject and text per language, as written, placeholders included."},
			&core.NumberField{Name: "recipients", OnlyInt: true,
				Help: "How many letters were queued."},
			&core.TextField{Name: "sent_by", Max: 64,
				Help: "Id of the coordinator's users record, empty for a superuser."},
			&core.AutodateField{Name: "created", OnCreate: true},
		)
		c.AddIndex("idx_cohort_mails_token", true, "token", "")
		c.AddIndex("idx_cohort_mails_program", false, "program, created", "")
		if err := app.Save(c); err != nil {
			return err
		}
		outbox, err := app.FindCollectionByNameOrId("outbox")
		if err != nil {
			return err
		}
		outbox.Fields.Add(&core.EmailField{Name: "reply_to",
			Help: "Where an answer goes: the programme's contact address for a cohort mail."})
		return app.Save(outbox)
	}, func(app core.App) error {
		outbox, err := app.FindCollectionByNameOrId("outbox")
		if err != nil {
			return err
		}
		outbox.Fields.RemoveByName("reply_to")
		if err := app.Save(outbox); err != nil {
			return err
		}
		return deleteCollections(app, "cohort_mails")
	})
}
