package ui_test

import (
	"net/http"
	"testing"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

// warnPairA puts pair a of the work world (Marie and Sven, silent since the seeding) under a
// closing warning given now, as the reminders job does after the programme's long silence.
func warnPairA(t testing.TB, app *tests.TestApp, _ *core.ServeEvent) {
	t.Helper()
	at := time.Now().UTC().Format("2006-01-02 15:04:05.000Z")
	if _, err := app.DB().Update("matches", dbx.Params{"closing_warned_at": at, "drift_nudged_at": at},
		dbx.HashExp{"id": wid("matcha")}).Execute(); err != nil {
		t.Fatal(err)
	}
}

// The closing warning shows on the pairs list (flag and date), on the pair's page (its
// members read until when, its coordinators decide) and in the report; only a coordinator
// keeps the pair open, which ends the warning.
func TestACoordinatorDecidesOnAPairOfferedClosing(t *testing.T) {
	t.Parallel()
	until := time.Now().Add(workspace.ClosingWarning).In(kernel.ZoneNamed("Europe/Paris")).Format(time.DateOnly)
	pairPage, keep := "/matches/"+wid("matcha"), "/matches/"+wid("matcha")+"/keep-open"
	kept := func(want bool) func(testing.TB, *tests.TestApp, *http.Response) {
		return func(t testing.TB, app *tests.TestApp, _ *http.Response) {
			m, err := app.FindRecordById("matches", wid("matcha"))
			if err != nil || m.GetDateTime("closing_kept_at").IsZero() == want || m.GetString("status") != kernel.MatchActive {
				t.Errorf("kept open: %v, status %s (error %v); want kept %v and still active", !m.GetDateTime("closing_kept_at").IsZero(),
					m.GetString("status"), err, want)
			}
		}
	}
	for _, s := range []struct {
		name, person, method, url string
		status                    int
		want, notWant             []string
		after                     func(testing.TB, *tests.TestApp, *http.Response)
	}{
		{"the coordinator's pairs list flags it", "coord", http.MethodGet, "/coordinate/alumni/pairs", 200,
			[]string{`id="closing-` + wid("matcha") + `">Föreslaget att avslutas`, "förvarning till " + until}, []string{`id="closing-` + wid("matchb")}, nil},
		{"the coordinator decides on the pair's page", "coord", http.MethodGet, pairPage, 200,
			[]string{`id="closing-heading">Föreslaget att avslutas`, "avslutas efter " + until, `href="/matches/` + wid("matcha") + `/close"`,
				`action="/matches/` + wid("matcha") + `/keep-open"`}, nil, nil},
		{"a member reads until when", "sven", http.MethodGet, pairPage, 200,
			[]string{`id="closing-heading">Clôture proposée`, "ici le " + until + ", ils pourront clore"}, []string{`/keep-open"`}, nil},
		{"the report counts it", "coord", http.MethodGet, "/coordinate/alumni/report", 200,
			[]string{`id="report-closing">Föreslagna att avslutas efter lång tystnad: 1 par`}, nil, nil},
		{"the coordinator keeps it open", "coord", http.MethodPost, keep, 303, nil, nil, kept(true)},
		{"a member cannot", "sven", http.MethodPost, keep, 403, []string{"<h1>Action non autorisée</h1>"}, nil, kept(false)},
		{"another pair's member finds nothing", "bob", http.MethodPost, keep, 404, []string{"Page not found"}, nil, kept(false)},
		{"a pair under no warning is not kept open", "coord", http.MethodPost, "/matches/" + wid("matchb") + "/keep-open", 403,
			[]string{"<h1>Inte tillåtet</h1>"}, nil, nil},
	} {
		headers, factory := as(seedWork, s.person)
		(&tests.ApiScenario{Name: s.name, Method: s.method, URL: s.url, Body: form(true), Headers: headers, TestAppFactory: factory,
			BeforeTestFunc: warnPairA, ExpectedStatus: s.status, ExpectedContent: s.want, NotExpectedContent: s.notWant,
			AfterTestFunc: s.after}).Test(t)
	}
}
