package pb_migrations_test

import (
	"testing"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/apptest"
)

// Every field some viewer may not read is hidden in the schema: that, not the enrich hooks,
// is what keeps it out of their filters and sorts.
func TestSchemaPrivateFieldsAreHidden(t *testing.T) {
	app := apptest.New(t)
	private := map[string][]string{
		"users":        {"phone", "calendar_token"},
		"applications": {"other_wishes", "decision_message", "consent"},
	}
	for collection, fields := range private {
		c, err := app.FindCollectionByNameOrId(collection)
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range fields {
			if f := c.Fields.GetByName(name); f == nil || !f.GetHidden() {
				t.Errorf("%s.%s is not hidden", collection, name)
			}
		}
	}
}

// Addresses published through emailVisibility before the portal kept the flag off are
// withdrawn, since PocketBase lets anybody filter them.
func TestMigrationWithdrawsPublishedEmails(t *testing.T) {
	app := apptest.New(t)
	user := apptest.Build(t, app).Record("users", map[string]any{"email": "a@example.com", "password": "secret-pass-1"})
	// an older row: the record hooks of today would clear the flag on save
	if _, err := app.DB().NewQuery("UPDATE users SET emailVisibility = TRUE").Execute(); err != nil {
		t.Fatal(err)
	}
	var migration *core.Migration
	for _, m := range core.AppMigrations.Items() {
		if m.File == "1764001700_unfilterable_private_fields.go" {
			migration = m
		}
	}
	if migration == nil {
		t.Fatal("migration 1764001700 is not registered")
	}
	if err := migration.Up(app); err != nil {
		t.Fatal(err)
	}
	reloaded, err := app.FindRecordById("users", user.Id)
	if err != nil {
		t.Fatal(err)
	}
	if reloaded.EmailVisibility() {
		t.Fatal("emailVisibility is still on after the migration")
	}
}
