package pb_migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// PocketBase's dashboard is a prebuilt page that cannot show a banner, and says nothing when
// no SMTP server is set: the outbox, where a superuser looks for the mail, says it in the help
// of the fields read first, so an admin learns there that mail waits and why.
func init() {
	m.Register(func(app core.App) error {
		outbox, err := app.FindCollectionByNameOrId("outbox")
		if err != nil {
			return err
		}
		helps := map[string]string{
			"status": "pending: waiting or retrying; sent: accepted by the mail server; failed: gave up. " +
				"Without an SMTP server (Settings → Mail settings) mail is queued here and not sent: " +
				"it ends failed, and its subject, html and text show what would have gone out.",
			"subject":    "Subject as the recipient reads it (in the recipient's language).",
			"last_error": "Error of the last failed attempt; \"failed to locate a sendmail executable path\" means no SMTP server is set (Settings → Mail settings).",
		}
		for name, help := range helps {
			switch f := outbox.Fields.GetByName(name).(type) {
			case *core.SelectField:
				f.Help = help
			case *core.TextField:
				f.Help = help
			}
		}
		return app.Save(outbox)
	}, nil)
}
