package ui_test

import (
	"testing"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/apptest"
	"github.com/mentorbase/mentorbase/mentoring"
)

// journeyWorld is what the browser journeys find already in place: programmes with a charter,
// tags, and the people who are not the journey's subject. The journeys do the rest through
// the pages.
type journeyWorld struct {
	app    *tests.TestApp
	build  *apptest.Builder // saves into app
	people map[string]*core.Record
	tags   map[string]string // key → id
	apps   map[string]*core.Record
}

func seedJourney(t *testing.T) *journeyWorld {
	t.Helper()
	app := newApp(t)
	w := &journeyWorld{app: app, build: apptest.Build(t, app), people: map[string]*core.Record{}, tags: map[string]string{}, apps: map[string]*core.Record{}}
	for _, tag := range []struct{ kind, key, en, fr, sv string }{
		{"skill", "leadership", "Leadership", "Management d'équipe", "Ledarskap"},
		{"skill", "finance", "Finance", "Finance d'entreprise", "Ekonomi"},
		{"interest", "energy", "Energy", "Énergie", "Energi"},
		{"industry", "tech", "Technology", "Technologie", "Teknik"},
	} {
		w.tags[tag.key] = w.build.Tag(tag.kind, tag.key, tag.en, map[string]any{"label_fr": tag.fr, "label_sv": tag.sv}).Id
	}
	return w
}

// person saves a verified user with a phone number the journeys look for.
func (w *journeyWorld) person(t *testing.T, key, name, locale, phone string) *core.Record {
	t.Helper()
	w.people[key] = w.build.Person(key+"@example.org", name, locale, map[string]any{"phone": phone})
	return w.people[key]
}

// program saves a published programme taking applications now, with charter version 1 in
// force; coordinators are people's keys.
func (w *journeyWorld) program(t *testing.T, slug, name, mode string, coordinators ...string) *core.Record {
	t.Helper()
	ids := []string{}
	for _, key := range coordinators {
		ids = append(ids, w.people[key].Id)
	}
	now := time.Now().UTC()
	p := w.build.Programme(slug, name, map[string]any{
		"summary": name + ".", "languages": []string{"fr", "en", "sv"}, "matching_mode": mode, "requires_approval": false,
		"applications_open_at": now.AddDate(0, 0, -7), "applications_close_at": now.AddDate(0, 1, 0),
		"starts_at": now.AddDate(0, 2, 0), "ends_at": now.AddDate(0, 8, 0), "areas": []string{"Nord", "Île-de-France"},
		"default_capacity": 2, "invitation_ttl_days": 14, "max_pending_invitations": 3, "recommended_meetings": 6,
		"roadbook_lead_days": 14, "published": true, "coordinators": ids,
	})
	w.build.Charter(p.Id, 1, now.Add(-time.Hour), map[string]any{"body_en": "We meet **once a month**.",
		"body_fr": "Nous nous voyons **une fois par mois**.", "body_sv": "Vi träffas **en gång i månaden**."})
	return p
}

// applied records that person accepted program's charter and was approved in role with fields.
func (w *journeyWorld) applied(t *testing.T, person string, program *core.Record, role string, fields map[string]any) *core.Record {
	t.Helper()
	if _, err := mentoring.AcceptCharter(w.app, w.people[person].Id, program.Id, role); err != nil {
		t.Fatal(err)
	}
	w.apps[person] = w.build.Application(program.Id, w.people[person].Id, role, "approved", map[string]any{
		"consent": true, "listed_in_directory": role == "mentor", "meeting_modes": []string{"video"}}, fields)
	return w.apps[person]
}

// application is the application person (signed up as person@example.org) sent to program
// through the pages.
func (w *journeyWorld) application(t *testing.T, person string, program *core.Record) *core.Record {
	t.Helper()
	user, err := w.app.FindAuthRecordByEmail("users", person+"@example.org")
	if err != nil {
		t.Fatalf("%s has no account: %v", person, err)
	}
	a, err := w.app.FindFirstRecordByFilter("applications", "user = {:u} && program = {:p}",
		dbx.Params{"u": user.Id, "p": program.Id})
	if err != nil {
		t.Fatalf("no application of %s: %v", person, err)
	}
	return a
}

// pairOf is the match between the mentee's and the mentor's applications.
func (w *journeyWorld) pairOf(t *testing.T, menteeApp, mentorApp *core.Record) *core.Record {
	t.Helper()
	m, err := w.app.FindFirstRecordByFilter("matches", "mentee = {:e} && mentor = {:o}",
		dbx.Params{"e": menteeApp.Id, "o": mentorApp.Id})
	if err != nil {
		t.Fatalf("no match between %s and %s: %v", menteeApp.Id, mentorApp.Id, err)
	}
	return m
}
