package ui_test

import (
	"net/http"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/tests"

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
