package ui_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"
)

// seedFollowedPairs is the workspace world (seedWork) as its coordinator follows it: the
// programme recommends six meetings; pair a (marie, sven) started 20 days ago, confirmed its
// agreement, held a meeting 10 days ago, met 2 days ago and submitted its road-book; pair b
// (bob, bea) started 40 days ago and has neither met nor confirmed anything. ivan invited
// ines, dan's invitation to dora was declined, and the console still holds zed and zoe as a
// draft. other coordinates another programme.
func seedFollowedPairs(t testing.TB) *tests.TestApp {
	t.Helper()
	app := seedWork(t)
	now := time.Now().UTC()
	program, err := app.FindFirstRecordByData("programs", "slug", "alumni")
	if err != nil {
		t.Fatal(err)
	}
	program.Set("recommended_meetings", 6)
	mustSave(t, app, program)
	a := record(t, app, "matches", wid("matcha"))
	a.Set("started_at", now.AddDate(0, 0, -20))
	a.Set("agreement", map[string]any{"frequency": "monthly", "modes": []string{"video"},
		"confirmed": map[string]any{"mentor": now.AddDate(0, 0, -19), "mentee": now.AddDate(0, 0, -18)}})
	mustSave(t, app, a)
	held := now.AddDate(0, 0, -10)
	saveWith(t, app, "meetings", "heldmeeta", map[string]any{"match": a.Id, "starts_at": held, "ends_at": held.Add(time.Hour),
		"mode": "video", "status": "confirmed", "proposed_by": wid("marie")})
	meeting := record(t, app, "meetings", wid("heldmeeta"))
	meeting.Set("status", "held")
	meeting.Set("minutes_spent", 60)
	mustSave(t, app, meeting)
	saveWith(t, app, "roadbooks", "roadbooka", map[string]any{"match": a.Id, "professional_project": "Data journalism",
		"path_and_motivation": "Why", "strategy": "How", "action_plan": "Steps", "submitted_at": now.AddDate(0, 0, -5)})
	b := record(t, app, "matches", wid("matchb"))
	b.Set("started_at", now.AddDate(0, 0, -40))
	mustSave(t, app, b)
	for _, p := range [][3]string{{"inv", "ivan", "ines"}, {"dec", "dan", "dora"}, {"draft", "zed", "zoe"}} {
		mentor := followedApplicant(t, app, program, p[1], "mentor")
		mentee := followedApplicant(t, app, program, p[2], "mentee")
		status := map[string]string{"inv": "invited", "dec": "declined", "draft": "draft"}[p[0]]
		saveWith(t, app, "matches", "match"+p[0], map[string]any{"program": program.Id, "mentor": mentor.Id, "mentee": mentee.Id,
			"status": status, "origin": "invitation", "expires_at": now.AddDate(0, 0, 7)})
	}
	createProgram(t, app, "other-programme", "Other programme", true, wid("other"))
	return app
}

// followedApplicant saves person and their approved application to program in role.
func followedApplicant(t testing.TB, app core.App, program *core.Record, person, role string) *core.Record {
	t.Helper()
	saveWith(t, app, "users", person, map[string]any{"email": person + "@example.org", "name": strings.ToUpper(person[:1]) + person[1:] + " Person",
		"locale": "en", "verified": true, "password": password})
	return saveWith(t, app, "applications", "app"+person, map[string]any{"program": program.Id, "user": wid(person), "role": role, "status": "approved"})
}

// TestCoordinatorsFollowTheirPairs: the coordinator sees every pair past the drafts with
// what it has done, the quiet pair marked; nobody else finds the page.
func TestCoordinatorsFollowTheirPairs(t *testing.T) {
	t.Parallel()
	list := "/coordinate/alumni/pairs"
	rowA, rowB := `id="pair-`+wid("matcha")+`"`, `id="pair-`+wid("matchb")+`"`
	for _, s := range []struct {
		name, person, url string
		status            int
		want, notWant     []string
	}{
		{"the coordinator sees the pairs", "coord", list, 200, []string{
			rowA, `<a href="/matches/` + wid("matcha") + `">Marie Person – Sven Person</a>`,
			rowB, `id="attention-` + wid("matchb") + `"`, "Inget möte på 30 dagar.", "Överenskommelsen inte bekräftad efter 14 dagar.",
			"Bekräftad", "1 av 6", "Inlämnad", "Ivan Person – Ines Person", `id="pairs-history"`, "Dan Person – Dora Person",
		}, []string{`id="attention-` + wid("matcha"), `href="/matches/` + wid("matchinv"), "Zed Person"}},
		{"the coordinator filters the invitations", "coord", list + "?status=invited", 200,
			[]string{"Ivan Person – Ines Person"}, []string{rowA, rowB, "Dan Person"}},
		{"another programme's coordinator", "other", list, 404, []string{"Page not found"}, []string{"Marie Person"}},
		{"a participant", "marie", list, 404, []string{"Page not found"}, []string{"Sven Person"}},
		{"a visitor", "visitor", list, 303, nil, nil},
	} {
		headers, factory := as(seedFollowedPairs, s.person)
		(&tests.ApiScenario{Name: s.name, Method: http.MethodGet, URL: s.url, Headers: headers, TestAppFactory: factory,
			ExpectedStatus: s.status, ExpectedContent: s.want, NotExpectedContent: s.notWant,
			AfterTestFunc: func(t testing.TB, _ *tests.TestApp, res *http.Response) {
				if s.person == "visitor" && !strings.HasPrefix(res.Header.Get("Location"), "/login") {
					t.Errorf("a visitor is sent to %q", res.Header.Get("Location"))
				}
			}}).Test(t)
	}
}

// The pair needing attention comes before the pair doing well, and the coordinators'
// places link to the list.
func TestPairsNeedingAttentionComeFirst(t *testing.T) {
	t.Parallel()
	app := seedFollowedPairs(t)
	handler := newHandler(t, app)
	headers := map[string]string{"Cookie": cookies(t, record(t, app, "users", wid("coord")))}
	body := do(handler, http.MethodGet, "/coordinate/alumni/pairs", nil, headers).Body.String()
	a, b := strings.Index(body, "pair-"+wid("matcha")), strings.Index(body, "pair-"+wid("matchb"))
	if a < 0 || b < 0 || b > a {
		t.Errorf("pair b (needs attention) at %d, pair a at %d", b, a)
	}
	for _, url := range []string{"/coordinate", "/programs/alumni"} {
		if page := do(handler, http.MethodGet, url, nil, headers).Body.String(); !strings.Contains(page, `href="/coordinate/alumni/pairs"`) {
			t.Errorf("%s does not link to the pairs", url)
		}
	}
}

// The pairs list reads the pairs' people, meetings and road-books together: as many queries
// for ten pairs as for one.
func TestThePairsListQueriesDoNotGrowWithItsPairs(t *testing.T) {
	t.Parallel()
	counts := map[int]int{}
	for _, pairs := range []int{1, 10} {
		app := newApp(t)
		coord := createUser(t, app, "coord@example.org", "Camille Coord", "en")
		program := createProgram(t, app, "alumni", "Alumni mentoring", true, coord.Id)
		for i := range pairs {
			ids, people := [2]string{}, [2]string{}
			for j, role := range []string{"mentor", "mentee"} {
				person := createUser(t, app, fmt.Sprintf("%s%d@example.org", role, i), fmt.Sprintf("%s %d", role, i), "en")
				people[j] = person.Id
				ids[j] = saveRecord(t, app, "applications", map[string]any{"program": program.Id, "user": person.Id, "role": role, "status": "approved"}).Id
			}
			match := saveRecord(t, app, "matches", map[string]any{"program": program.Id, "mentor": ids[0], "mentee": ids[1],
				"status": "active", "origin": "coordinator", "started_at": time.Now().AddDate(0, 0, -3)})
			start := time.Now().AddDate(0, 0, -1)
			saveRecord(t, app, "meetings", map[string]any{"match": match.Id, "starts_at": start, "ends_at": start.Add(time.Hour),
				"mode": "phone", "status": "confirmed", "proposed_by": people[0]})
		}
		counts[pairs] = pageQueries(t, app, coord, "/coordinate/alumni/pairs")
	}
	t.Logf("the pairs list: %v queries", counts)
	if counts[10] > counts[1] {
		t.Errorf("the pairs list sent %d queries for 10 pairs, %d for one", counts[10], counts[1])
	}
}

// The agreement column says whom a pair waits for; an invitation has no progress to show yet.
func TestPairsListSaysWhomTheAgreementWaitsFor(t *testing.T) {
	t.Parallel()
	menteeOnly := func(t testing.TB, app *tests.TestApp, _ *core.ServeEvent) {
		b := record(t, app, "matches", wid("matchb"))
		b.Set("agreement", map[string]any{"frequency": "weekly", "modes": []string{"phone"},
			"confirmed": map[string]any{"mentee": time.Now().UTC()}})
		mustSave(t, app, b)
	}
	headers, factory := as(seedFollowedPairs, "coord")
	(&tests.ApiScenario{Name: "pair b waits for its mentor", Method: http.MethodGet, URL: "/coordinate/alumni/pairs",
		Headers: headers, TestAppFactory: factory, BeforeTestFunc: menteeOnly, ExpectedStatus: 200,
		ExpectedContent: []string{"Väntar på mentorn", "<td>—</td><td>—</td><td>—</td><td>—</td>"}}).Test(t)
}
