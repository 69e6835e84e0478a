package workspace_test

import (
	"bytes"
	"testing"
	"time"

	"github.com/emersion/go-ical"
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/apptest"
)

// pairWorld is an active pair in a programme running in Europe/Paris: a French mentor and a
// Swedish mentee, plus their records.
type pairWorld struct {
	app                   core.App
	program, match        *core.Record
	mentor, mentee, coord *core.Record
}

func newPairWorld(t *testing.T) *pairWorld {
	t.Helper()
	app := apptest.New(t)
	app.Settings().Meta.AppURL = "https://mentor.example.org"
	w := &pairWorld{app: app}
	w.coord = save(t, app, "users", map[string]any{"email": "coord@example.org", "name": "Camille Coord", "locale": "en", "password": "secret-pass-123"})
	w.mentor = save(t, app, "users", map[string]any{"email": "mentor@example.org", "name": "Marie Mentor", "locale": "fr", "password": "secret-pass-123"})
	w.mentee = save(t, app, "users", map[string]any{"email": "mentee@example.org", "name": "Sven Mentee", "locale": "sv", "password": "secret-pass-123"})
	now := time.Now().UTC()
	w.program = save(t, app, "programs", map[string]any{
		"slug": "alumni", "name": "Alumni mentoring", "languages": []string{"en"}, "timezone": "Europe/Paris",
		"matching_mode": "coordinated", "published": true, "coordinators": []string{w.coord.Id},
		"applications_open_at": now.AddDate(0, -2, 0), "applications_close_at": now.AddDate(0, -1, 0),
		"starts_at": now.AddDate(0, 0, -7), "ends_at": now.AddDate(0, 3, 0),
		"roadbook_lead_days": 3, "recommended_meetings": 3,
	})
	mentorApp := save(t, app, "applications", map[string]any{"program": w.program.Id, "user": w.mentor.Id, "role": "mentor", "status": "approved"})
	menteeApp := save(t, app, "applications", map[string]any{"program": w.program.Id, "user": w.mentee.Id, "role": "mentee", "status": "approved"})
	w.match = save(t, app, "matches", map[string]any{"program": w.program.Id, "mentor": mentorApp.Id, "mentee": menteeApp.Id, "status": "active", "origin": "coordinator"})
	return w
}

// save saves a new record of collection with data; users get a password and are verified.
func save(t testing.TB, app core.App, collection string, data map[string]any) *core.Record {
	t.Helper()
	col, err := app.FindCollectionByNameOrId(collection)
	if err != nil {
		t.Fatal(err)
	}
	r := core.NewRecord(col)
	r.Load(data)
	if collection == "users" {
		r.SetPassword(data["password"].(string))
		r.SetVerified(true)
	}
	if err := app.Save(r); err != nil {
		t.Fatalf("save %s: %v", collection, err)
	}
	return r
}

// mails returns the outbox records of kind, oldest first.
func mails(t *testing.T, app core.App, kind string) []*core.Record {
	t.Helper()
	list, err := app.FindRecordsByFilter("outbox", "kind = {:kind}", "created", 0, 0, dbx.Params{"kind": kind})
	if err != nil {
		t.Fatal(err)
	}
	return list
}

// parseICS decodes an invite with go-ical and returns the calendar and its only VEVENT.
func parseICS(t *testing.T, ics string) (*ical.Calendar, *ical.Event) {
	t.Helper()
	cal, err := ical.NewDecoder(bytes.NewBufferString(ics)).Decode()
	if err != nil {
		t.Fatalf("invalid iCalendar: %v\n%s", err, ics)
	}
	events := cal.Events()
	if len(events) != 1 {
		t.Fatalf("want one VEVENT, got %d", len(events))
	}
	return cal, &events[0]
}

// paris is the programme's zone.
func paris(t *testing.T) *time.Location {
	loc, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		t.Fatal(err)
	}
	return loc
}
