package apptest_test

import (
	"testing"

	"github.com/mentorbase/mentorbase/apptest"
)

// A person signs in with the builder's password, records keep the ids a world gives them, and
// Update changes what is stored, not a copy the test held.
func TestBuilderMakesWhatWorldsNeed(t *testing.T) {
	app := apptest.New(t)
	b := apptest.Build(t, app)
	ada := b.Person("ada@example.org", "Ada", "sv", map[string]any{"id": "ada000000000000", "phone": "+46 70 000 00 00"})
	if !ada.ValidatePassword(apptest.Password) || !ada.Verified() || ada.Id != "ada000000000000" || ada.GetString("locale") != "sv" {
		t.Fatalf("person %v", ada.PublicExport())
	}
	program := b.Programme("p", "P")
	if program.GetString("timezone") != "Europe/Paris" || program.GetBool("published") {
		t.Errorf("programme defaults %v", program.PublicExport())
	}
	stale := b.Application(program.Id, ada.Id, "mentee", "submitted")
	if _, err := app.DB().NewQuery("UPDATE applications SET city = 'Lille'").Execute(); err != nil {
		t.Fatal(err)
	}
	updated := b.Update(stale, map[string]any{"area": "Nord"})
	stored, err := app.FindRecordById("applications", stale.Id)
	if err != nil {
		t.Fatal(err)
	}
	if updated.GetString("city") != "Lille" || stored.GetString("city") != "Lille" || stored.GetString("area") != "Nord" {
		t.Errorf("updated from a stale copy: city %q, area %q", stored.GetString("city"), stored.GetString("area"))
	}
}
