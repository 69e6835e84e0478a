package ui_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/apptest"
)

// seedFollowedPairs is the workspace world (seedWork) as its coordinator follows it: the
// programme recommends six meetings; pair a (marie, sven) started 20 days ago, confirmed its
// agreement, held a meeting 10 days ago, met 2 days ago and submitted its road-book; pair b
// (bob, bea) started 40 days ago and has neither met nor confirmed anything. ivan invited
// ines, dan's invitation to dora was declined, and the console still holds zed and zoe as a
// draft. other coordinates another programme.
func seedFollowedPairs(t testing.TB) *tests.TestApp {
	t.Helper()
	return portalWorld(t, "followed", func(t testing.TB, app *tests.TestApp) {
		fillPairs(t, app)
		fillWork(t, app)
		fillFollowed(t, app)
	})
}

// fillFollowed adds to the workspace world what its coordinator follows.
func fillFollowed(t testing.TB, app *tests.TestApp) {
	b := apptest.Build(t, app)
	now := time.Now().UTC()
	program, err := app.FindFirstRecordByData("programs", "slug", "alumni")
	if err != nil {
		t.Fatal(err)
	}
	program = b.Update(program, map[string]any{"recommended_meetings": 6})
	a := b.Update(record(t, app, "matches", wid("matcha")), map[string]any{"started_at": now.AddDate(0, 0, -20),
		"agreement": map[string]any{"frequency": "monthly", "modes": []string{"video"},
			"confirmed": map[string]any{"mentor": now.AddDate(0, 0, -19), "mentee": now.AddDate(0, 0, -18)}}})
	held := b.Meeting(a.Id, wid("marie"), now.AddDate(0, 0, -10), "confirmed", map[string]any{"id": wid("heldmeeta")})
	b.Update(held, map[string]any{"status": "held", "minutes_spent": 60})
	saveWith(t, app, "roadbooks", "roadbooka", map[string]any{"match": a.Id, "professional_project": "Data journalism",
		"path_and_motivation": "Why", "strategy": "How", "action_plan": "Steps", "submitted_at": now.AddDate(0, 0, -5)})
	b.Update(record(t, app, "matches", wid("matchb")), map[string]any{"started_at": now.AddDate(0, 0, -40)})
	for _, p := range [][3]string{{"inv", "ivan", "ines"}, {"dec", "dan", "dora"}, {"draft", "zed", "zoe"}} {
		mentor := followedApplicant(b, program, p[1], "mentor")
		mentee := followedApplicant(b, program, p[2], "mentee")
		status := map[string]string{"inv": "invited", "dec": "declined", "draft": "draft"}[p[0]]
		b.Pair(program.Id, mentor.Id, mentee.Id, status, map[string]any{"id": wid("match" + p[0]),
			"origin": "invitation", "expires_at": now.AddDate(0, 0, 7)})
	}
	createProgram(t, app, "other-programme", "Other programme", true, wid("other"))
}

// followedApplicant saves person and their approved application to program in role.
func followedApplicant(b *apptest.Builder, program *core.Record, person, role string) *core.Record {
	b.Person(person+"@example.org", strings.ToUpper(person[:1])+person[1:]+" Person", "en", map[string]any{"id": wid(person)})
	return b.Application(program.Id, wid(person), role, "approved", map[string]any{"id": wid("app" + person)})
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
			rowB, `id="attention-` + wid("matchb") + `"`, "Inget möte eller meddelande på 30 dagar.", "Överenskommelsen inte bekräftad efter 14 dagar.",
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

// The pairs list reads the pairs with their people, meetings, road-books, silences and
// check-ins in one query: as many queries for ten pairs as for one.
func TestThePairsListQueriesDoNotGrowWithItsPairs(t *testing.T) {
	t.Parallel()
	counts := map[int]int{}
	for _, pairs := range []int{1, 10} {
		app := newApp(t)
		b := apptest.Build(t, app)
		coord := b.Person("coord@example.org", "Camille Coord", "en")
		program := createProgram(t, app, "alumni", "Alumni mentoring", true, coord.Id)
		for i := range pairs {
			ids, people := [2]string{}, [2]string{}
			for j, role := range []string{"mentor", "mentee"} {
				person := b.Person(fmt.Sprintf("%s%d@example.org", role, i), fmt.Sprintf("%s %d", role, i), "en")
				people[j] = person.Id
				ids[j] = b.Application(program.Id, person.Id, role, "approved").Id
			}
			match := b.Pair(program.Id, ids[0], ids[1], "active", map[string]any{"started_at": time.Now().AddDate(0, 0, -3)})
			b.Meeting(match.Id, people[0], time.Now().AddDate(0, 0, -1), "confirmed", map[string]any{"mode": "phone"})
		}
		counts[pairs] = pageQueries(t, app, coord, "/coordinate/alumni/pairs")
	}
	t.Logf("the pairs list: %v queries", counts)
	if counts[10] > counts[1] {
		t.Errorf("the pairs list sent %d queries for 10 pairs, %d for one", counts[10], counts[1])
	}
	const ceiling = 4 // the whole page, sign-in included: 11 before the page's pairs were read in one query
	if counts[10] > ceiling {
		t.Errorf("the pairs list sent %d queries, more than %d", counts[10], ceiling)
	}
}

// The agreement column says whom a pair waits for; an invitation has no progress to show yet.
func TestPairsListSaysWhomTheAgreementWaitsFor(t *testing.T) {
	t.Parallel()
	menteeOnly := func(t testing.TB, app *tests.TestApp, _ *core.ServeEvent) {
		apptest.Build(t, app).Update(record(t, app, "matches", wid("matchb")), map[string]any{"agreement": map[string]any{
			"frequency": "weekly", "modes": []string{"phone"}, "confirmed": map[string]any{"mentee": time.Now().UTC()}}})
	}
	headers, factory := as(seedFollowedPairs, "coord")
	(&tests.ApiScenario{Name: "pair b waits for its mentor", Method: http.MethodGet, URL: "/coordinate/alumni/pairs",
		Headers: headers, TestAppFactory: factory, BeforeTestFunc: menteeOnly, ExpectedStatus: 200,
		ExpectedContent: []string{"Väntar på mentorn", "<td>—</td><td>—</td><td>—</td><td>—</td>"}}).Test(t)
}

// The pairs list keeps its order with the people's names, and forgets them at once when an
// account changes through the REST API: a mentor's new name shows on the next page.
func TestThePairsListShowsARenameThroughTheRESTAPIAtOnce(t *testing.T) {
	t.Parallel()
	app := seedFollowedPairs(t)
	handler := newHandler(t, app)
	page := map[string]string{"Cookie": cookies(t, record(t, app, "users", wid("coord")))}
	list := func(want string) {
		t.Helper()
		if body := do(handler, http.MethodGet, "/coordinate/alumni/pairs", nil, page).Body.String(); !strings.Contains(body, want) {
			t.Errorf("the pairs list does not say %q", want)
		}
	}
	list("Marie Person – Sven Person")
	token, err := record(t, app, "users", wid("marie")).NewAuthToken()
	if err != nil {
		t.Fatal(err)
	}
	headers := map[string]string{"Authorization": token, "Content-Type": "application/json"}
	if res := do(handler, http.MethodPatch, "/api/collections/users/records/"+wid("marie"), strings.NewReader(`{"name":"Marie Renamed"}`), headers); res.Code != http.StatusOK {
		t.Fatalf("PATCH marie: %d %s", res.Code, res.Body)
	}
	list("Marie Renamed – Sven Person")
}
