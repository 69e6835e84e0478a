package pb_hooks_test

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/apptest"
)

// The rule tests run against one small world, seeded once and copied for every scenario:
//   - programme "alpha" (published, self-service) coordinated by coordA, with two active
//     pairs (mentor1/mentee1, mentor2/mentee2), an invited pair (mentor3/mentee3, mentor3
//     listed in the directory) and a draft match mentor2/mentee3;
//   - programme "beta" (draft, coordinated) coordinated by coordB, with one active pair;
//   - stranger, a signed-in user with no application at all.
// Each member of pairs 1 and 2 owns one record of every pair collection; ids are fixed so
// scenario tables can name them.

// id pads a readable name to a 15-character PocketBase record id.
func id(name string) string { return name + strings.Repeat("0", 15-len(name)) }

// people of the seeded world.
var people = []string{
	"coorda", "coordb", "mentor1", "mentee1", "mentor2", "mentee2", "mentor3", "mentee3",
	"mentorb", "menteeb", "stranger", "superuser",
}

// phoneOf is the phone number seeded for person, to look for in responses.
func phoneOf(person string) string {
	return fmt.Sprintf("+4670%06d", (slices.Index(people, person)+1)*10101)
}

// world is the auth tokens of the seeded world's people; the world itself is seeded once per
// test binary (apptest.World) and every scenario runs on a fresh copy of it, so the tokens
// stay valid.
type world struct {
	tokens map[string]string
}

func newWorld(t *testing.T) *world {
	t.Helper()
	app := seededWorld(t)
	w := &world{tokens: map[string]string{}}
	for _, p := range people {
		collection := "users"
		if p == "superuser" {
			collection = core.CollectionNameSuperusers
		}
		person, err := app.FindRecordById(collection, id(p))
		if err != nil {
			t.Fatal(err)
		}
		if w.tokens[p], err = person.NewAuthToken(); err != nil {
			t.Fatal(err)
		}
	}
	return w
}

// seededWorld is a fresh copy of the rules world.
func seededWorld(t testing.TB) *tests.TestApp {
	return apptest.World(t, "rules", func(t testing.TB, app *tests.TestApp) {
		s := newSeeder(t, app)
		s.people()
		s.programmes()
		s.applications()
		s.matches()
		for _, pair := range []string{"1", "2", "b"} {
			s.pairRecords(pair)
		}
		// the seeded help requests were mailed; a scenario's mail checks count what it queues
		if _, err := app.DB().NewQuery("DELETE FROM outbox").Execute(); err != nil {
			t.Fatal(err)
		}
	})
}

// app is the TestAppFactory of the world's scenarios.
func (w *world) app(t testing.TB) *tests.TestApp {
	return seededWorld(t)
}

// headers sign in as person ("visitor": nobody) and send JSON.
func (w *world) headers(person string) map[string]string {
	h := map[string]string{"Content-Type": "application/json"}
	if token := w.tokens[person]; token != "" {
		h["Authorization"] = token
	}
	return h
}

// Scenario setups on the rules world: alpha's charter version 1 is published, version 2 is a
// draft; stranger has no application.

// withSetup runs setup on the scenario's app before the request.
func withSetup(s tests.ApiScenario, setup func(t testing.TB, app *tests.TestApp)) tests.ApiScenario {
	s.BeforeTestFunc = func(t testing.TB, app *tests.TestApp, e *core.ServeEvent) { setup(t, app) }
	return s
}

func acceptAlpha(version string) func(t testing.TB, app *tests.TestApp) {
	return func(t testing.TB, app *tests.TestApp) {
		apptest.Build(t, app).Record("charter_acceptances", map[string]any{"user": id("stranger"),
			"charter": id("charteralpha" + version), "role": "mentee", "accepted_at": time.Now()})
	}
}

func publishAlphaV2(t testing.TB, app *tests.TestApp) {
	charter, err := app.FindRecordById("charters", id("charteralpha2"))
	if err != nil {
		t.Fatal(err)
	}
	apptest.Build(t, app).Update(charter, map[string]any{"published_at": time.Now().Add(-time.Minute)})
}

func setCapacity(name string, capacity int) func(t testing.TB, app *tests.TestApp) {
	return func(t testing.TB, app *tests.TestApp) {
		r, err := app.FindRecordById("applications", id(name))
		if err != nil {
			t.Fatal(err)
		}
		apptest.Build(t, app).Update(r, map[string]any{"capacity": capacity})
	}
}

// seeder builds the rules world with fixed ids: save(collection, name, fields) makes the
// record with id(name).
type seeder struct {
	*apptest.Builder
}

func newSeeder(t testing.TB, app core.App) seeder { return seeder{apptest.Build(t, app)} }

// save makes a record of collection whose id is id(name).
func (s seeder) save(collection, name string, data map[string]any) *core.Record {
	fields := maps.Clone(data)
	fields["id"] = id(name)
	return s.Record(collection, fields)
}

func (s seeder) people() {
	for _, p := range people {
		if p == "superuser" {
			s.Superuser(p+"@example.com", map[string]any{"id": id(p)})
			continue
		}
		// ticking "show my e-mail" must not reveal it to strangers
		s.Person(p+"@example.com", "Name of "+p, "", map[string]any{"id": id(p), "phone": phoneOf(p), "emailVisibility": p == "mentor3"})
	}
}

func (s seeder) programmes() {
	day := func(d int) time.Time { return time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC).AddDate(0, 0, d) }
	s.Programme("alpha", "Alpha", map[string]any{
		"id": id("alpha"), "timezone": "Europe/Stockholm", "matching_mode": "self_service",
		"coordinators": []string{id("coorda")}, "published": true,
		"applications_open_at": day(0), "applications_close_at": day(30), "starts_at": day(30),
		"midpoint_at": day(60), "ends_at": day(90),
	})
	s.Programme("beta", "Beta", map[string]any{
		"id": id("beta"), "languages": []string{"fr"}, "coordinators": []string{id("coordb")},
	})
	s.Charter(id("alpha"), 1, day(0), map[string]any{"id": id("charteralpha1"), "body_en": "Alpha charter v1"})
	s.Charter(id("alpha"), 2, time.Time{}, map[string]any{"id": id("charteralpha2"), "body_en": "Alpha charter v2 draft"})
	s.Charter(id("beta"), 1, day(0), map[string]any{"id": id("charterbeta1"), "body_en": "Beta charter"})
	s.Event(id("alpha"), "kickoff", "Alpha kickoff", day(31), map[string]any{"id": id("eventalpha")})
	s.Event(id("beta"), "kickoff", "Beta kickoff", day(31), map[string]any{"id": id("eventbeta")})
	s.save("pages", "pagehow", map[string]any{"slug": "how-it-works", "locale": "en", "title": "How it works"})
	s.Tag("skill", "public_speaking", "Public speaking", map[string]any{"id": id("tagskill")})
}

func (s seeder) applications() {
	apply := func(person, program, role string, extra map[string]any) {
		s.Application(id(program), id(person), role, "approved", map[string]any{
			"id": id("app" + person), "decision_message": "decision for " + person, "other_wishes": "wishes of " + person,
		}, extra)
	}
	apply("mentor1", "alpha", "mentor", nil)
	apply("mentee1", "alpha", "mentee", nil)
	apply("mentor2", "alpha", "mentor", nil)
	apply("mentee2", "alpha", "mentee", nil)
	apply("mentor3", "alpha", "mentor", map[string]any{"listed_in_directory": true, "bio": "bio of mentor3"})
	apply("mentee3", "alpha", "mentee", nil)
	apply("mentorb", "beta", "mentor", nil)
	apply("menteeb", "beta", "mentee", nil)
}

func (s seeder) matches() {
	match := func(name, program, mentor, mentee, status, origin string) {
		s.Pair(id(program), id("app"+mentor), id("app"+mentee), status, map[string]any{"id": id(name), "origin": origin})
	}
	match("match1", "alpha", "mentor1", "mentee1", "active", "coordinator")
	match("match2", "alpha", "mentor2", "mentee2", "active", "coordinator")
	match("match3", "alpha", "mentor3", "mentee3", "invited", "invitation")
	match("matchdraft", "alpha", "mentor2", "mentee3", "draft", "coordinator")
	match("matchb", "beta", "mentorb", "menteeb", "active", "coordinator")
}

// pairRecords gives pair n (mentor n, mentee n, match n) one record of each pair collection.
func (s seeder) pairRecords(n string) {
	match, mentor, mentee := id("match"+n), id("mentor"+n), id("mentee"+n)
	program := id("alpha")
	if n == "b" {
		program = id("beta")
	}
	start := time.Date(2026, 2, 1, 9, 0, 0, 0, time.UTC)
	s.Meeting(match, mentee, start, "confirmed", map[string]any{"id": id("meeting" + n), "agenda": "agenda of pair " + n})
	s.save("roadbooks", "roadbook"+n, map[string]any{"match": match, "professional_project": "project of pair " + n, "submitted_at": start})
	s.save("evaluations", "evaluation"+n, map[string]any{"match": match, "program": program, "author": mentee, "kind": "first_interview"})
	s.save("goals", "goal"+n, map[string]any{"match": match, "title": "goal of pair " + n, "created_by": mentee})
	s.save("messages", "message"+n, map[string]any{"match": match, "author": mentee, "body": "message of pair " + n})
	s.save("notes", "notementee"+n, map[string]any{"match": match, "author": mentee, "body": "note of mentee" + n})
	s.save("notes", "notementor"+n, map[string]any{"match": match, "author": mentor, "body": "note of mentor" + n})
	s.save("support_requests", "support"+n, map[string]any{"user": mentee, "program": program, "match": match,
		"topic": "help for pair " + n, "body": "please", "status": "open"})
}
