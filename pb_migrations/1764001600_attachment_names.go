package pb_migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// Keeps the names people gave their files. PocketBase stores an upload under a normalised name
// with a random part ("Mon CV été.pdf" becomes "mon_cv_t_a1b2c3d4e5.pdf"); the portal shows and
// serves the original.
func init() {
	m.Register(func(app core.App) error {
		messages, err := app.FindCollectionByNameOrId("messages")
		if err != nil {
			return err
		}
		messages.Fields.Add(&core.JSONField{Name: "attachment_names", MaxSize: 64 << 10,
			Help: "The names the author gave the attachments, by stored file name (set by the portal)."})
		if err := app.Save(messages); err != nil {
			return err
		}
		roadbooks, err := app.FindCollectionByNameOrId("roadbooks")
		if err != nil {
			return err
		}
		roadbooks.Fields.Add(&core.TextField{Name: "attachment_name", Max: 255,
			Help: "The name the mentee gave the attachment (set by the portal)."})
		return app.Save(roadbooks)
	}, func(app core.App) error {
		for collection, field := range map[string]string{"messages": "attachment_names", "roadbooks": "attachment_name"} {
			c, err := app.FindCollectionByNameOrId(collection)
			if err != nil {
				return err
			}
			c.Fields.RemoveByName(field)
			if err := app.Save(c); err != nil {
				return err
			}
		}
		return nil
	})
}
