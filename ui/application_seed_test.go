package ui_test

import (
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/apptest"
	"github.com/mentorbase/mentorbase/mentoring"
)

// applicationWorld is a programme taking applications now ("open-call": coordinated, approval
// required, French then English, areas Lille and Paris, charter version 1, a few tags) and
// its people: coord coordinates it; ada (Swedish), bob (French) and eve (English) take part.
type applicationWorld struct {
	app     *tests.TestApp
	program *core.Record
	people  map[string]*core.Record
	tags    map[string]string // key → id
}

func seedApplication(t testing.TB, mode string) *applicationWorld {
	t.Helper()
	app := portalWorld(t, "application-"+mode, func(t testing.TB, app *tests.TestApp) { fillApplication(t, app, mode) })
	w := &applicationWorld{app: app, people: map[string]*core.Record{}, tags: map[string]string{}}
	var err error
	for _, person := range []string{"coord", "ada", "bob", "eve"} {
		if w.people[person], err = app.FindAuthRecordByEmail("users", person+"@example.org"); err != nil {
			t.Fatal(err)
		}
	}
	if w.program, err = app.FindFirstRecordByData("programs", "slug", "open-call"); err != nil {
		t.Fatal(err)
	}
	tags, err := app.FindAllRecords("tags")
	if err != nil {
		t.Fatal(err)
	}
	for _, tag := range tags {
		w.tags[tag.GetString("key")] = tag.Id
	}
	return w
}

// fillApplication saves the application world's people, programme, charter and tags.
func fillApplication(t testing.TB, app *tests.TestApp, mode string) {
	t.Helper()
	b := apptest.Build(t, app)
	coord := b.Person("coord@example.org", "Camille Coord", "en")
	b.Person("ada@example.org", "Ada Lovelace", "sv")
	b.Person("bob@example.org", "Bob Durand", "fr")
	b.Person("eve@example.org", "Eve Other", "en")
	now := time.Now().UTC()
	program := b.Programme("open-call", "Open Call", map[string]any{
		"summary": "Apply now.", "languages": []string{"fr", "en"}, "matching_mode": mode, "requires_approval": true,
		"applications_open_at": now.AddDate(0, 0, -7), "applications_close_at": now.AddDate(0, 1, 0),
		"starts_at": now.AddDate(0, 2, 0), "ends_at": now.AddDate(0, 8, 0),
		"areas": []string{"Lille", "Paris"}, "default_capacity": 2, "invitation_ttl_days": 14,
		"max_pending_invitations": 3, "published": true, "coordinators": []string{coord.Id},
	})
	w := &applicationWorld{program: program}
	w.charterIn(t, app, 1, "We promise to meet **once a month**.", "Nous nous engageons à nous voir **une fois par mois**.", "Vi lovar att träffas **en gång i månaden**.")
	for _, tag := range []struct{ kind, key, en, fr, sv string }{
		{"skill", "public_speaking", "Public speaking", "Prise de parole", "Att tala inför publik"},
		{"skill", "networking", "Networking", "Réseautage", "Nätverkande"},
		{"interest", "energy", "Energy", "Énergie", "Energi"},
		{"industry", "software", "Software", "Logiciel", "Mjukvara"},
		{"job_function", "engineering", "Engineering", "Ingénierie", "Teknik"},
	} {
		b.Tag(tag.kind, tag.key, tag.en, map[string]any{"label_fr": tag.fr, "label_sv": tag.sv})
	}
}

// charter publishes a charter version of the programme, in force since a minute ago.
func (w *applicationWorld) charter(t testing.TB, version int, en, fr, sv string) {
	t.Helper()
	w.charterIn(t, w.app, version, en, fr, sv)
}

// charterIn publishes a charter version of the programme in app.
func (w *applicationWorld) charterIn(t testing.TB, app core.App, version int, en, fr, sv string) {
	t.Helper()
	apptest.Build(t, app).Charter(w.program.Id, version, time.Now().UTC().Add(-time.Minute),
		map[string]any{"body_en": en, "body_fr": fr, "body_sv": sv})
}

// application makes person accept the charter and apply in role with valid answers.
func (w *applicationWorld) application(t testing.TB, person, role string, edit func(*mentoring.ApplicationForm)) *core.Record {
	t.Helper()
	user := w.people[person]
	if _, err := mentoring.AcceptCharter(w.app, user.Id, w.program.Id, role); err != nil {
		t.Fatal(err)
	}
	f := mentoring.ApplicationForm{City: "Lille", Area: "Lille", Languages: []string{"en"},
		MeetingModes: []string{"video"}, Consent: true, Phone: "+33 6 12 34 56 78"}
	if role == "mentor" {
		f.Organisation, f.Skills, f.Bio, f.ListedInDirectory = "Acme", []string{w.tags["networking"]}, "Engineer.", true
	} else {
		f.StudyProgramme, f.Interests = "Informatique", []string{w.tags["energy"]}
	}
	if edit != nil {
		edit(&f)
	}
	a, err := mentoring.Apply(w.app, user.Id, w.program.Id, role, f)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// applicationsIn builds the application world whose programme matches in mode, prepared by setup.
func applicationsIn(mode string, setup func(testing.TB, *applicationWorld)) func(testing.TB) *tests.TestApp {
	return func(t testing.TB) *tests.TestApp {
		w := seedApplication(t, mode)
		if setup != nil {
			setup(t, w)
		}
		return w.app
	}
}
