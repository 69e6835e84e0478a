package ui_test

import (
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/mentoring"
)

// applyWorld is a programme taking applications now ("open-call": coordinated, approval
// required, French then English, areas Lille and Paris, charter version 1, a few tags) and
// its people: coord coordinates it; ada (Swedish), bob (French) and eve (English) take part.
type applyWorld struct {
	app     *tests.TestApp
	program *core.Record
	people  map[string]*core.Record
	tags    map[string]string // key → id
}

func seedApply(t testing.TB, mode string) *applyWorld {
	t.Helper()
	app := portalWorld(t, "apply-"+mode, func(t testing.TB, app *tests.TestApp) { fillApply(t, app, mode) })
	w := &applyWorld{app: app, people: map[string]*core.Record{}, tags: map[string]string{}}
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

// fillApply saves the apply world's people, programme, charter and tags.
func fillApply(t testing.TB, app *tests.TestApp, mode string) {
	t.Helper()
	coord := createUser(t, app, "coord@example.org", "Camille Coord", "en")
	createUser(t, app, "ada@example.org", "Ada Lovelace", "sv")
	createUser(t, app, "bob@example.org", "Bob Durand", "fr")
	createUser(t, app, "eve@example.org", "Eve Other", "en")
	now := time.Now().UTC()
	program := saveRecord(t, app, "programs", map[string]any{
		"slug": "open-call", "name": "Open Call", "summary": "Apply now.", "languages": []string{"fr", "en"},
		"timezone": "Europe/Paris", "matching_mode": mode, "requires_approval": true,
		"applications_open_at": now.AddDate(0, 0, -7), "applications_close_at": now.AddDate(0, 1, 0),
		"starts_at": now.AddDate(0, 2, 0), "ends_at": now.AddDate(0, 8, 0),
		"areas": []string{"Lille", "Paris"}, "default_capacity": 2, "invitation_ttl_days": 14,
		"max_pending_invitations": 3, "published": true, "coordinators": []string{coord.Id},
	})
	w := &applyWorld{program: program}
	w.charterIn(t, app, 1, "We promise to meet **once a month**.", "Nous nous engageons à nous voir **une fois par mois**.", "Vi lovar att träffas **en gång i månaden**.")
	for _, tag := range []struct{ kind, key, en, fr, sv string }{
		{"skill", "public_speaking", "Public speaking", "Prise de parole", "Att tala inför publik"},
		{"skill", "networking", "Networking", "Réseautage", "Nätverkande"},
		{"interest", "energy", "Energy", "Énergie", "Energi"},
		{"industry", "software", "Software", "Logiciel", "Mjukvara"},
		{"job_function", "engineering", "Engineering", "Ingénierie", "Teknik"},
	} {
		saveRecord(t, app, "tags", map[string]any{"kind": tag.kind, "key": tag.key,
			"label_en": tag.en, "label_fr": tag.fr, "label_sv": tag.sv})
	}
}

// charter publishes a charter version of the programme, in force since a minute ago.
func (w *applyWorld) charter(t testing.TB, version int, en, fr, sv string) {
	t.Helper()
	w.charterIn(t, w.app, version, en, fr, sv)
}

// charterIn publishes a charter version of the programme in app.
func (w *applyWorld) charterIn(t testing.TB, app core.App, version int, en, fr, sv string) {
	t.Helper()
	saveRecord(t, app, "charters", map[string]any{"program": w.program.Id, "version": version,
		"body_en": en, "body_fr": fr, "body_sv": sv, "published_at": time.Now().UTC().Add(-time.Minute)})
}

// apply makes person accept the charter and apply in role with valid answers.
func (w *applyWorld) apply(t testing.TB, person, role string, edit func(*mentoring.ApplicationForm)) *core.Record {
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

func saveRecord(t testing.TB, app core.App, collection string, data map[string]any) *core.Record {
	t.Helper()
	c, err := app.FindCollectionByNameOrId(collection)
	if err != nil {
		t.Fatal(err)
	}
	r := core.NewRecord(c)
	r.Load(data)
	if err := app.Save(r); err != nil {
		t.Fatalf("saving %s: %v", collection, err)
	}
	return r
}

// applying builds the apply world whose programme matches in mode, prepared by setup.
func applying(mode string, setup func(testing.TB, *applyWorld)) func(testing.TB) *tests.TestApp {
	return func(t testing.TB) *tests.TestApp {
		w := seedApply(t, mode)
		if setup != nil {
			setup(t, w)
		}
		return w.app
	}
}
