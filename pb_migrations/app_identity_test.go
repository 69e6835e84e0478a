package pb_migrations_test

import (
	"testing"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/tests"
)

// A database with PocketBase's placeholder names calls the application and its mail sender
// mentorbase once migrated, never Acme; a name an admin chose stays.
func TestAFirstStartIsNamedMentorbase(t *testing.T) {
	for _, c := range []struct{ app, sender, wantApp, wantSender string }{
		{"Acme", "Support", "mentorbase", "mentorbase"},
		{"Alumni mentoring", "Alumni team", "Alumni mentoring", "Alumni team"},
	} {
		app, err := tests.NewTestApp()
		if err != nil {
			t.Fatal(err)
		}
		defer app.Cleanup()
		if err := app.RunAllMigrations(); err != nil {
			t.Fatal(err)
		}
		settings := app.Settings()
		settings.Meta.AppName, settings.Meta.SenderName = c.app, c.sender
		if err := app.Save(settings); err != nil {
			t.Fatal(err)
		}
		if _, err := app.DB().Delete("_migrations", dbx.HashExp{"file": "1764210300_app_identity.go"}).Execute(); err != nil {
			t.Fatal(err)
		}
		if err := app.RunAllMigrations(); err != nil {
			t.Fatal(err)
		}
		if meta := app.Settings().Meta; meta.AppName != c.wantApp || meta.SenderName != c.wantSender {
			t.Errorf("from %q/%q: app %q, sender %q", c.app, c.sender, meta.AppName, meta.SenderName)
		}
	}
}
