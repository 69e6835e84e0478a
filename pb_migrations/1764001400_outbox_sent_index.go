package pb_migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// Indexes the outbox by related record, kind and recipient: the reminders and the
// unread-message mail ask "was this already sent to this person about this record?" at every
// cron run, and the outbox keeps every e-mail ever sent.
func init() {
	m.Register(func(app core.App) error {
		outbox, err := app.FindCollectionByNameOrId("outbox")
		if err != nil {
			return err
		}
		outbox.AddIndex("idx_outbox_related_kind_to", false, "related_id, kind, `to`", "")
		return app.Save(outbox)
	}, func(app core.App) error {
		outbox, err := app.FindCollectionByNameOrId("outbox")
		if err != nil {
			return err
		}
		outbox.RemoveIndex("idx_outbox_related_kind_to")
		return app.Save(outbox)
	})
}
