package mentoring_test

import (
	"testing"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/apptest"
)

// fixture builds the records a domain test needs on a fresh application, with
// apptest.Builder and this package's defaults.
type fixture struct {
	*apptest.Builder
	t   testing.TB
	app *tests.TestApp
}

func newFixture(t *testing.T) *fixture {
	return fixtureOn(t, apptest.New(t))
}

// fixtureOn is a fixture building on app.
func fixtureOn(t testing.TB, app *tests.TestApp) *fixture {
	return &fixture{Builder: apptest.Build(t, app), t: t, app: app}
}

// world is a fixture on a fresh copy of the world that seed builds, once per test binary,
// under name (apptest.World); seed gets a fixture of its own.
func world(t *testing.T, name string, seed func(*fixture)) *fixture {
	t.Helper()
	return fixtureOn(t, apptest.World(t, name, func(tb testing.TB, app *tests.TestApp) {
		seed(fixtureOn(tb, app))
	}))
}

// find is the record of collection whose field is value, in the fixture's app.
func (f *fixture) find(collection, field, value string) *core.Record {
	f.t.Helper()
	r, err := f.app.FindFirstRecordByData(collection, field, value)
	if err != nil {
		f.t.Fatalf("%s %s=%s: %v", collection, field, value, err)
	}
	return r
}

// applicationOf is user's application in program.
func (f *fixture) applicationOf(user, program *core.Record) *core.Record {
	f.t.Helper()
	r, err := f.app.FindFirstRecordByFilter("applications", "user = {:user} && program = {:program}",
		dbx.Params{"user": user.Id, "program": program.Id})
	if err != nil {
		f.t.Fatalf("application of %s: %v", user.Email(), err)
	}
	return r
}

// user makes a person; locale may be empty.
func (f *fixture) user(name, locale string) *core.Record {
	f.t.Helper()
	return f.Person(name+"@example.com", "Name of "+name, locale, map[string]any{"phone": "+46 70 123 45 67"})
}

// phaseDates places a programme's dates around now so it is in phase.
func phaseDates(phase string) map[string]any {
	now := time.Now().UTC()
	day := func(d int) time.Time { return now.AddDate(0, 0, d) }
	offsets := map[string][4]int{
		"applications": {-1, 10, 20, 60},
		"matching":     {-20, -1, 10, 40},
		"running":      {-30, -20, -10, 30},
		"closed":       {-90, -80, -70, -1},
	}[phase]
	return map[string]any{
		"applications_open_at": day(offsets[0]), "applications_close_at": day(offsets[1]),
		"starts_at": day(offsets[2]), "ends_at": day(offsets[3]),
	}
}

// program makes a published programme of mode in phase, coordinated by coordinator; extra
// overrides fields.
func (f *fixture) program(slug, mode, phase string, coordinator *core.Record, extra map[string]any) *core.Record {
	f.t.Helper()
	return f.Programme(slug, "Programme "+slug, map[string]any{
		"matching_mode": mode, "published": true, "coordinators": []string{coordinator.Id},
	}, phaseDates(phase), extra)
}

// charter publishes version of program's charter (published an hour ago).
func (f *fixture) charter(program *core.Record, version int) *core.Record {
	f.t.Helper()
	return f.Charter(program.Id, version, time.Now().UTC().Add(-time.Hour), map[string]any{"body_en": "Be kind."})
}

func (f *fixture) accept(user, charter *core.Record, role string) {
	f.t.Helper()
	f.Acceptance(user.Id, charter.Id, role, time.Now().UTC())
}

// application makes user's application in program, listed in the directory when a mentor's;
// extra overrides fields.
func (f *fixture) application(user, program *core.Record, role, status string, extra map[string]any) *core.Record {
	f.t.Helper()
	return f.Application(program.Id, user.Id, role, status, map[string]any{
		"languages": []string{"en"}, "meeting_modes": []string{"video"}, "consent": true,
		"listed_in_directory": role == "mentor",
	}, extra)
}

func (f *fixture) match(program, mentor, mentee *core.Record, status string, extra map[string]any) *core.Record {
	f.t.Helper()
	return f.Pair(program.Id, mentor.Id, mentee.Id, status, extra)
}

func (f *fixture) reload(r *core.Record) *core.Record {
	f.t.Helper()
	fresh, err := f.app.FindRecordById(r.Collection().Name, r.Id)
	if err != nil {
		f.t.Fatal(err)
	}
	return fresh
}

// mails returns the outbox records queued to user, oldest first.
func (f *fixture) mails(user *core.Record) []*core.Record {
	f.t.Helper()
	records, err := f.app.FindRecordsByFilter("outbox", "to = {:to}", "created", 0, 0, dbx.Params{"to": user.Email()})
	if err != nil {
		f.t.Fatal(err)
	}
	return records
}

// mailOfKind returns the one mail of kind queued to user, failing the test otherwise.
func (f *fixture) mailOfKind(user *core.Record, kind string) *core.Record {
	f.t.Helper()
	var found []*core.Record
	for _, m := range f.mails(user) {
		if m.GetString("kind") == kind {
			found = append(found, m)
		}
	}
	if len(found) != 1 {
		f.t.Fatalf("%d %q mails to %s, want 1", len(found), kind, user.Email())
	}
	return found[0]
}

func (f *fixture) count(collection, filter string, params dbx.Params) int {
	f.t.Helper()
	records, err := f.app.FindRecordsByFilter(collection, filter, "", 0, 0, params)
	if err != nil {
		f.t.Fatal(err)
	}
	return len(records)
}
