package pb_migrations_test

import (
	"testing"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/apptest"
)

// rerunOnSettings takes a migrated test app, lets change set its settings as an older
// database had them, then runs the migration in file again, as a database that never had it
// would: the settings it leaves are the migration's answer to change's. The app is a copy of
// apptest's migrated template: migrating an app anew took 2–3 s of processor time a case.
func rerunOnSettings(t *testing.T, file string, change func(*core.Settings)) *core.Settings {
	t.Helper()
	app := apptest.New(t)
	settings := app.Settings()
	change(settings)
	if err := app.Save(settings); err != nil {
		t.Fatal(err)
	}
	if _, err := app.DB().Delete("_migrations", dbx.HashExp{"file": file}).Execute(); err != nil {
		t.Fatal(err)
	}
	if err := app.RunAllMigrations(); err != nil {
		t.Fatal(err)
	}
	return app.Settings()
}
