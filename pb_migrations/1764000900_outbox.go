package pb_migrations

import (
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/migrations"
)

// The outbox holds every e-mail the app decides to send, queued in the same transaction as the
// change that caused it; the worker in pb_hooks delivers it. No API rules: only superusers (the
// dashboard) may read it, since it contains other people's mail.
func init() {
	// Bodies may be far longer than a text field's default limit of 5000 characters.
	const bodyMax = 1 << 20

	migrations.Register(func(app core.App) error {
		c := core.NewBaseCollection("outbox")
		c.Fields.Add(
			&core.EmailField{Name: "to", Required: true, Help: "Recipient address."},
			&core.TextField{Name: "locale", Max: 5, Help: "Language the message was written in (en, fr, sv)."},
			&core.TextField{Name: "kind", Max: 64, Help: "What the message is about, e.g. invitation_pending or meeting_request."},
			&core.TextField{Name: "subject", Max: 998},
			&core.TextField{Name: "html", Max: bodyMax, Help: "HTML body."},
			&core.TextField{Name: "text", Max: bodyMax, Help: "Plain-text body."},
			&core.TextField{Name: "ics", Max: bodyMax, Help: "iCalendar attachment (invite.ics), empty when none."},
			&core.TextField{Name: "ics_method", Max: 16, Help: "iCalendar METHOD of the attachment: REQUEST or CANCEL."},
			&core.TextField{Name: "related_collection", Max: 64, Help: "Collection of the record that caused the message."},
			&core.TextField{Name: "related_id", Max: 64, Help: "Id of the record that caused the message."},
			&core.SelectField{Name: "status", Required: true, MaxSelect: 1,
				Values: []string{"pending", "sent", "failed"},
				Help:   "pending: waiting or retrying; sent: accepted by the SMTP server; failed: gave up."},
			&core.NumberField{Name: "attempts", OnlyInt: true, Min: new(float64),
				Help: "Delivery attempts so far."},
			&core.TextField{Name: "last_error", Max: 2000, Help: "Error of the last failed attempt."},
			&core.DateField{Name: "next_attempt_at", Help: "When the worker tries (again) to send a pending message."},
			&core.DateField{Name: "sent_at"},
			&core.AutodateField{Name: "created", OnCreate: true},
			&core.AutodateField{Name: "updated", OnCreate: true, OnUpdate: true},
		)
		c.AddIndex("idx_outbox_status_next_attempt_at", false, "status, next_attempt_at", "")
		return app.Save(c)
	}, func(app core.App) error {
		c, err := app.FindCollectionByNameOrId("outbox")
		if err != nil {
			return err
		}
		return app.Delete(c)
	})
}
