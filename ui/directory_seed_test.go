package ui_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/apptest"
)

// matchingWorld is a self-service programme "open-mentors" and a coordinated one "paired-up"
// with their people. In open-mentors, mia (French) is an approved mentee who wants to develop
// leadership, is interested in tech, speaks French and lives in Lille; ada (Swedish) is the
// mentor who fits her best, bo a weaker fit, dee a good fit with no seat left; cy is approved
// but not listed, eve not approved yet, pat a mentee still waiting for approval. otto takes
// part in nothing.
type matchingWorld struct {
	app    *tests.TestApp
	build  *apptest.Builder // saves into app
	people map[string]*core.Record
	apps   map[string]*core.Record // applications by person (in their programme)
	tags   map[string]*core.Record
	open   *core.Record // the self-service programme
	paired *core.Record // the coordinated programme
}

func seedMatching(t testing.TB) *matchingWorld {
	t.Helper()
	app := portalWorld(t, "matching", func(t testing.TB, app *tests.TestApp) {
		fillMatching(t, &matchingWorld{app: app, build: apptest.Build(t, app), people: map[string]*core.Record{}, apps: map[string]*core.Record{}, tags: map[string]*core.Record{}})
	})
	w := &matchingWorld{app: app, build: apptest.Build(t, app), people: map[string]*core.Record{}, apps: map[string]*core.Record{}, tags: map[string]*core.Record{}}
	w.load(t)
	return w
}

// matching builds the matching world changed by prepare.
func matching(prepare ...func(testing.TB, *matchingWorld)) func(testing.TB) *tests.TestApp {
	return func(t testing.TB) *tests.TestApp {
		w := seedMatching(t)
		for _, f := range prepare {
			f(t, w)
		}
		return w.app
	}
}

// load finds the world's records in w.app: people by e-mail, applications by user, tags by
// key, programmes by slug.
func (w *matchingWorld) load(t testing.TB) {
	t.Helper()
	for _, each := range []struct {
		collection string
		keep       func(*core.Record)
	}{
		{"users", func(r *core.Record) { w.people[strings.TrimSuffix(r.Email(), "@example.org")] = r }},
		{"tags", func(r *core.Record) { w.tags[r.GetString("key")] = r }},
		{"programs", func(r *core.Record) {
			if r.GetString("slug") == "open-mentors" {
				w.open = r
			} else {
				w.paired = r
			}
		}},
	} {
		records, err := w.app.FindAllRecords(each.collection)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range records {
			each.keep(r)
		}
	}
	for person := range w.people {
		if a, err := w.app.FindRecordById("applications", mwApp(person)); err == nil {
			w.apps[person] = a
		}
	}
}

// fillMatching saves the matching world into w.app.
func fillMatching(t testing.TB, w *matchingWorld) {
	t.Helper()
	for _, p := range []struct{ key, name, locale string }{
		{"mia", "Mia Mentee", "fr"}, {"ada", "Ada Mentor", "sv"}, {"bo", "Bo Banker", "en"},
		{"dee", "Dee Full", "en"}, {"cy", "Cy Hidden", "en"}, {"eve", "Eve Waiting", "en"},
		{"pat", "Pat Pending", "en"}, {"fay", "Fay Taken", "en"}, {"otto", "Otto Outsider", "en"},
		{"coord", "Camille Coord", "en"},
		{"nina", "Nina Novice", "sv"}, {"omar", "Omar Open", "fr"}, {"lena", "Lena Lead", "fr"}, {"max", "Max Money", "en"},
	} {
		w.people[p.key] = w.build.Person(p.key+"@example.org", p.name, p.locale, map[string]any{"phone": mwPhone(p.key)})
	}
	for _, tag := range []struct{ key, kind, en, fr, sv string }{
		{"leadership", "skill", "Leadership", "Leadership (fr)", "Ledarskap"},
		{"finance", "skill", "Finance", "Finance (fr)", "Ekonomi"},
		{"tech", "industry", "Technology", "Technologie", "Teknik"},
		{"banking", "industry", "Banking", "Banque", "Bank"},
		{"engineer", "job_function", "Engineer", "Ingénieur", "Ingenjör"},
	} {
		w.tags[tag.key] = w.build.Tag(tag.kind, tag.key, tag.en, map[string]any{"label_fr": tag.fr, "label_sv": tag.sv})
	}
	w.open = w.program("open-mentors", "Open Mentors", "self_service")
	w.paired = w.program("paired-up", "Paired Up", "coordinated")
	id := func(key string) string { return w.tags[key].Id }
	good := map[string]any{"skills": []string{id("leadership")}, "industry": id("tech"), "job_function": id("engineer"),
		"languages": []string{"fr", "en"}, "city": "Lille", "area": "Nord", "meeting_modes": []string{"video"}}
	weak := map[string]any{"skills": []string{id("finance")}, "industry": id("banking"),
		"languages": []string{"sv"}, "city": "Stockholm", "area": "Svealand", "meeting_modes": []string{"in_person"}}
	menteeFields := map[string]any{"development_areas": []string{id("leadership")}, "interests": []string{id("tech")},
		"languages": []string{"fr"}, "city": "Lille", "area": "Nord", "meeting_modes": []string{"video"},
		"study_programme": "Master of Management", "study_year": 2, "motivation": "I want to grow into a team lead.",
		"expectations": "Honest feedback.", "contribution": "Curiosity and energy."}
	w.application("mia", w.open, "mentee", "approved", menteeFields)
	w.application("fay", w.open, "mentee", "approved", menteeFields)
	w.application("pat", w.open, "mentee", "submitted", menteeFields)
	w.application("ada", w.open, "mentor", "approved", mwWith(good, "organisation", "Acme Robotics", "bio", "Twenty years of building teams.", "availability", "Evenings", "capacity", 2))
	w.application("bo", w.open, "mentor", "approved", mwWith(weak, "organisation", "Nordbank"))
	w.application("dee", w.open, "mentor", "approved", mwWith(good, "organisation", "Dee Consulting", "capacity", 1))
	w.application("cy", w.open, "mentor", "approved", mwWith(good, "listed_in_directory", false))
	w.application("eve", w.open, "mentor", "submitted", good)
	w.build.Pair(w.open.Id, w.apps["dee"].Id, w.apps["fay"].Id, "active", map[string]any{"origin": "invitation", "started_at": time.Now()})
	// The coordinated programme: two mentees, two mentors with one seat each.
	w.application("nina", w.paired, "mentee", "approved", menteeFields)
	w.application("omar", w.paired, "mentee", "approved", mwWith(menteeFields, "development_areas", []string{id("finance")}, "interests", []string{id("banking")}, "languages", []string{"sv"}, "city", "Stockholm", "area", "Svealand", "meeting_modes", []string{"in_person"}))
	// Both mentors speak French and Swedish, so a shared language (a must-have by default)
	// allows every pair of the coordinated programme.
	w.application("lena", w.paired, "mentor", "approved", mwWith(good, "capacity", 1, "languages", []string{"fr", "en", "sv"}))
	w.application("max", w.paired, "mentor", "approved", mwWith(weak, "capacity", 1, "languages", []string{"sv", "fr"}))
}

// program saves a published programme whose applications are open and mentoring runs.
func (w *matchingWorld) program(slug, name, mode string) *core.Record {
	now := time.Now().UTC()
	return w.build.Programme(slug, name, map[string]any{
		"summary": name + ".", "languages": []string{"en", "fr", "sv"}, "matching_mode": mode,
		"applications_open_at": now.AddDate(0, -1, 0), "applications_close_at": now.AddDate(0, 1, 0),
		"starts_at": now.AddDate(0, 1, 0), "ends_at": now.AddDate(0, 6, 0),
		"default_capacity": 2, "invitation_ttl_days": 14, "max_pending_invitations": 2,
		"published": true, "coordinators": []string{w.people["coord"].Id},
	})
}

// application saves person's application to program, listed in the directory unless fields
// say not.
func (w *matchingWorld) application(person string, program *core.Record, role, status string, fields map[string]any) {
	w.apps[person] = w.build.Application(program.Id, w.people[person].Id, role, status, map[string]any{
		"id": mwApp(person), "consent": true, "listed_in_directory": role == "mentor"}, fields)
}

// mwApp is the fixed id of person's application, so scenario URLs can name it.
func mwApp(person string) string {
	return (person + "app000000000000")[:15]
}

// mwPhone is person's phone number; tests look for it to prove it is (not) shown. It has no
// leading + because html/template writes + as &#43;, which would make "not shown" vacuous.
func mwPhone(person string) string {
	sum := 0
	for _, r := range person {
		sum += int(r)
	}
	return fmt.Sprintf("06 %04d 77 11", sum)
}

// mwWith copies fields and sets the extra name/value pairs.
func mwWith(fields map[string]any, pairs ...any) map[string]any {
	out := map[string]any{}
	for k, v := range fields {
		out[k] = v
	}
	for i := 0; i+1 < len(pairs); i += 2 {
		out[pairs[i].(string)] = pairs[i+1]
	}
	return out
}
