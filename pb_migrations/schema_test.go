package pb_migrations_test

import (
	"testing"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/apptest"
)

// Every collection exists with the fields the other packages name.
func TestSchemaHasEveryCollectionAndField(t *testing.T) {
	app := apptest.New(t)
	want := map[string][]string{
		"users":               {"name", "phone", "locale", "calendar_token"},
		"programs":            {"slug", "languages", "timezone", "matching_mode", "midpoint_at", "criteria", "areas", "coordinators", "published"},
		"charters":            {"program", "version", "body_en", "body_fr", "body_sv", "published_at"},
		"charter_acceptances": {"user", "charter", "role", "accepted_at"},
		"tags":                {"kind", "key", "label_en", "label_fr", "label_sv", "program"},
		"applications":        {"program", "user", "role", "status", "industry", "skills", "capacity", "listed_in_directory", "study_year", "development_areas", "consent", "decision_message"},
		"matches":             {"program", "mentor", "mentee", "status", "origin", "score_details", "locked", "excluded", "mentee_agreed_at"},
		"meetings":            {"match", "starts_at", "mode", "video_url", "status", "proposed_by", "sequence", "shared_notes"},
		"roadbooks":           {"match", "professional_project", "attachment", "submitted_at"},
		"evaluations":         {"match", "program", "author", "kind", "answers", "submitted_at"},
		"goals":               {"match", "title", "due_on", "done_at", "created_by"},
		"messages":            {"match", "author", "body", "attachments", "read_at"},
		"notes":               {"match", "author", "body"},
		"events":              {"program", "kind", "title", "starts_at", "description"},
		"support_requests":    {"user", "program", "match", "topic", "status", "answer"},
		"pages":               {"slug", "locale", "title", "body"},
	}
	for name, fields := range want {
		c, err := app.FindCollectionByNameOrId(name)
		if err != nil {
			t.Errorf("collection %s: %v", name, err)
			continue
		}
		for _, f := range append(fields, "created", "updated") {
			if c.Fields.GetByName(f) == nil {
				t.Errorf("%s has no field %s", name, f)
			}
		}
	}
}

// Unique indexes turn the domain's "only one" into an error the dashboard shows.
func TestSchemaUniqueIndexes(t *testing.T) {
	app := apptest.New(t)
	user := apptest.Build(t, app).Record("users", map[string]any{"email": "a@example.com", "password": "secret-pass-1"})
	program := apptest.Build(t, app).Record("programs", map[string]any{
		"slug": "p", "name": "P", "languages": []string{"en"}, "timezone": "UTC", "matching_mode": "coordinated",
	})
	application := map[string]any{"program": program.Id, "user": user.Id, "role": "mentor", "status": "submitted"}
	apptest.Build(t, app).Record("applications", application)

	cases := []struct {
		collection string
		data       map[string]any
	}{
		{"programs", map[string]any{"slug": "p", "name": "Q", "languages": []string{"en"}, "timezone": "UTC", "matching_mode": "coordinated"}},
		{"applications", map[string]any{"program": program.Id, "user": user.Id, "role": "mentee", "status": "submitted"}},
		{"pages", map[string]any{"slug": "how-it-works", "locale": "en", "title": "Again"}},
	}
	apptest.Build(t, app).Record("pages", map[string]any{"slug": "how-it-works", "locale": "en", "title": "How"})
	for _, c := range cases {
		col, _ := app.FindCollectionByNameOrId(c.collection)
		r := core.NewRecord(col)
		r.Load(c.data)
		if err := app.Save(r); err == nil {
			t.Errorf("%s: duplicate %v was saved", c.collection, c.data)
		}
	}
}

// Each user gets a long random calendar token of their own.
func TestSchemaCalendarTokenIsGenerated(t *testing.T) {
	app := apptest.New(t)
	a := apptest.Build(t, app).Record("users", map[string]any{"email": "a@example.com", "password": "secret-pass-1"})
	b := apptest.Build(t, app).Record("users", map[string]any{"email": "b@example.com", "password": "secret-pass-1"})
	ta, tb := a.GetString("calendar_token"), b.GetString("calendar_token")
	if len(ta) < 32 || ta == tb {
		t.Fatalf("calendar tokens %q and %q: want distinct and at least 32 characters", ta, tb)
	}
}
