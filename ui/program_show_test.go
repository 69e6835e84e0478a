package ui_test

import (
	"net/http"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/tests"
	"golang.org/x/net/html"

	"github.com/mentorbase/mentorbase/apptest"
)

// A programme page shows to everyone once published, and before that only to its
// coordinators; an unknown programme is a translated 404.
func TestProgrammePage(t *testing.T) {
	t.Parallel()
	testPageCalls(t, []pageCall{
		{name: "published programme page for a visitor", person: "visitor", url: "/programs/open-doors", status: 200,
			want: []string{"<h1>Open Doors</h1>", "<strong>once a month</strong>", "Key dates", "Applications open", "the coordinators pair"}},
		{name: "unpublished programme is 404 for a visitor", person: "visitor", url: "/programs/secret-pilot", status: 404,
			want: []string{"Page not found"}, notWant: []string{"Secret Pilot"}},
		{name: "unpublished programme is 404 for another user", person: "other", url: "/programs/secret-pilot", status: 404,
			want: []string{"Page not found"}, notWant: []string{"Secret Pilot"}},
		{name: "unpublished programme shows to its coordinator", person: "coord", url: "/programs/secret-pilot", status: 200,
			want: []string{"<h1>Secret Pilot</h1>", "Draft (not published)"}},
		{name: "unknown programme is a translated 404", person: "ada", url: "/programs/nope", status: 404,
			want: []string{"Sidan hittades inte"}},
	})
}

// A deadline at local midnight is stored in UTC the evening before; the pages must show the
// day the programme's people live, not the UTC one.
func TestProgrammeDatesReadInTheProgrammesZone(t *testing.T) {
	t.Parallel()
	(&tests.ApiScenario{
		Name: "applications closing at midnight in Stockholm show that day", Method: http.MethodGet,
		URL: "/programs/nordic", ExpectedStatus: 200,
		TestAppFactory: func(t testing.TB) *tests.TestApp {
			app := newApp(t)
			p := createProgram(t, app, "nordic", "Nordic mentoring", true)
			stockholm, _ := time.LoadLocation("Europe/Stockholm")
			p.Set("timezone", "Europe/Stockholm")
			p.Set("applications_close_at", time.Date(2031, 1, 15, 0, 0, 0, 0, stockholm))
			p.Set("starts_at", time.Date(2031, 1, 20, 0, 0, 0, 0, stockholm))
			p.Set("ends_at", time.Date(2031, 4, 20, 0, 0, 0, 0, stockholm))
			apptest.Build(t, app).Save(p)
			return app
		},
		ExpectedContent:    []string{"2031-01-15 – 2031-01-20", "2031-01-20 – 2031-04-20"},
		NotExpectedContent: []string{"2031-01-14", "2031-01-19", "2031-04-19"},
	}).Test(t)
	(&tests.ApiScenario{
		Name: "a programme that starts the day applications close shows no empty matching phase", Method: http.MethodGet,
		URL: "/programs/nordic", ExpectedStatus: 200,
		TestAppFactory: func(t testing.TB) *tests.TestApp {
			app := newApp(t)
			p := createProgram(t, app, "nordic", "Nordic mentoring", true)
			p.Set("starts_at", p.GetDateTime("applications_close_at"))
			apptest.Build(t, app).Save(p)
			return app
		},
		ExpectedContent:    []string{"<strong>Applications open</strong>"},
		NotExpectedContent: []string{"<strong>Matching</strong>"},
	}).Test(t)
}

// TestProgrammePageHeadingsAreDistinct: a programme's description written with headings of its
// own ("How it works", as the demo's) sits among the page's headings, and no two of them read
// the same, so a screen reader's list of headings tells every section apart (the audit found
// "How it works" twice).
func TestProgrammePageHeadingsAreDistinct(t *testing.T) {
	t.Parallel()
	described := func(t testing.TB) *tests.TestApp {
		app := pageWorld(t)
		program, err := app.FindFirstRecordByData("programs", "slug", "open-doors")
		if err != nil {
			t.Fatal(err)
		}
		apptest.Build(t, app).Update(program, map[string]any{"description": "## How it works\n\nBrowse the mentors and invite one."})
		return app
	}
	headers, factory := as(described, "visitor", "Accept-Language", "en")
	(&tests.ApiScenario{Name: "the programme page", Method: http.MethodGet, URL: "/programs/open-doors", Headers: headers,
		TestAppFactory: factory, ExpectedStatus: 200, ExpectedContent: []string{`<h2 id="how-it-works">How it works</h2>`},
		AfterTestFunc: func(t testing.TB, _ *tests.TestApp, res *http.Response) {
			doc, err := html.Parse(res.Body)
			if err != nil {
				t.Fatal(err)
			}
			seen := map[string]bool{}
			visit(doc, func(n *html.Node) {
				if n.Data == "h1" || n.Data == "h2" || n.Data == "h3" {
					if text := textOf(n); seen[text] {
						t.Errorf("two headings read %q", text)
					} else {
						seen[text] = true
					}
				}
			})
		}}).Test(t)
}
