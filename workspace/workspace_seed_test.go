package workspace_test

import (
	"bytes"
	"testing"
	"time"

	"github.com/emersion/go-ical"
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/apptest"
)

// pairWorld is an active pair in a programme running in Europe/Paris: a French mentor and a
// Swedish mentee, plus their records. It is seeded once per test binary (seedPair) and each
// test gets a copy; the builder makes more records in that copy.
type pairWorld struct {
	*apptest.Builder
	app                   core.App
	program, match        *core.Record
	mentor, mentee, coord *core.Record
}

func newPairWorld(t *testing.T) *pairWorld {
	t.Helper()
	app := apptest.World(t, "pair", seedPair)
	app.Settings().Meta.AppURL = "https://mentor.example.org"
	w := &pairWorld{Builder: apptest.Build(t, app), app: app}
	find := func(collection, field, value string) *core.Record {
		t.Helper()
		r, err := app.FindFirstRecordByData(collection, field, value)
		if err != nil {
			t.Fatalf("%s %s: %v", collection, value, err)
		}
		return r
	}
	w.coord = find("users", "email", "coord@example.org")
	w.mentor = find("users", "email", "mentor@example.org")
	w.mentee = find("users", "email", "mentee@example.org")
	w.program = find("programs", "slug", "alumni")
	w.match = find("matches", "program", w.program.Id)
	return w
}

// seedPair saves the pair world.
func seedPair(t testing.TB, app *tests.TestApp) {
	b := apptest.Build(t, app)
	coord := b.Person("coord@example.org", "Camille Coord", "en")
	mentor := b.Person("mentor@example.org", "Marie Mentor", "fr")
	mentee := b.Person("mentee@example.org", "Sven Mentee", "sv")
	now := time.Now().UTC()
	program := b.Programme("alumni", "Alumni mentoring", map[string]any{
		"published": true, "coordinators": []string{coord.Id},
		"applications_open_at": now.AddDate(0, -2, 0), "applications_close_at": now.AddDate(0, -1, 0),
		"starts_at": now.AddDate(0, 0, -7), "ends_at": now.AddDate(0, 3, 0),
		"roadbook_lead_days": 3, "recommended_meetings": 3,
	})
	mentorApp := b.Application(program.Id, mentor.Id, "mentor", "approved")
	menteeApp := b.Application(program.Id, mentee.Id, "mentee", "approved")
	b.Pair(program.Id, mentorApp.Id, menteeApp.Id, "active")
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
