package pb_migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// A first start names the application and the sender of its e-mails after the product
// instead of PocketBase's placeholders ("Acme", "Support"), which its own mails and pages
// show; names an admin already chose stay.
func init() {
	m.Register(func(app core.App) error {
		settings := app.Settings()
		if settings.Meta.AppName == "Acme" || settings.Meta.AppName == "" {
			settings.Meta.AppName = "mentorbase"
		}
		if settings.Meta.SenderName == "Support" || settings.Meta.SenderName == "" {
			settings.Meta.SenderName = "mentorbase"
		}
		return app.Save(settings)
	}, nil)
}
