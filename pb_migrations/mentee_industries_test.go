package pb_migrations_test

import (
	"slices"
	"testing"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/apptest"
)

// A mentee who put industry and job function tags among their interests (the only place the
// form had for them) finds them under the industries and job functions they aim at; interest
// tags stay, and mentors' answers are untouched.
func TestMigrationMovesAimedTagsOutOfInterests(t *testing.T) {
	app := apptest.New(t)
	for _, tag := range [][2]string{{"tagindustry0001", "industry"}, {"tagjobfunction1", "job_function"}, {"taginterest0001", "interest"}} {
		if _, err := app.DB().NewQuery("INSERT INTO tags (id, kind, key) VALUES ({:id}, {:kind}, {:id})").
			Bind(map[string]any{"id": tag[0], "kind": tag[1]}).Execute(); err != nil {
			t.Fatal(err)
		}
	}
	interests := `["taginterest0001","tagindustry0001","tagjobfunction1"]`
	for id, role := range map[string]string{"menteeapp000001": "mentee", "mentorapp000001": "mentor"} {
		if _, err := app.DB().NewQuery("INSERT INTO applications (id, user, role, interests) VALUES ({:id}, {:id}, {:role}, {:interests})").
			Bind(map[string]any{"id": id, "role": role, "interests": interests}).Execute(); err != nil {
			t.Fatal(err)
		}
	}
	var migration *core.Migration
	for _, m := range core.AppMigrations.Items() {
		if m.File == "1764100000_mentee_industries.go" {
			migration = m
		}
	}
	if migration == nil {
		t.Fatal("migration 1764100000 is not registered")
	}
	if err := migration.Up(app); err != nil {
		t.Fatal(err)
	}
	mentee, err := app.FindRecordById("applications", "menteeapp000001")
	if err != nil {
		t.Fatal(err)
	}
	for field, want := range map[string][]string{"interests": {"taginterest0001"}, "industries": {"tagindustry0001"}, "job_functions": {"tagjobfunction1"}} {
		if got := mentee.GetStringSlice(field); !slices.Equal(got, want) {
			t.Errorf("mentee %s = %v, want %v", field, got, want)
		}
	}
	mentor, err := app.FindRecordById("applications", "mentorapp000001")
	if err != nil {
		t.Fatal(err)
	}
	if got := mentor.GetStringSlice("interests"); len(got) != 3 || len(mentor.GetStringSlice("industries")) != 0 {
		t.Errorf("the mentor's answers changed: interests %v, industries %v", got, mentor.GetStringSlice("industries"))
	}
}
