package ui_test

import (
	"net/http"
	"testing"

	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/apptest"
)

// guideWorld is seedWorld with dashboard pages: a French-only page "permanences" and a new
// English title for the shipped "how-it-works".
func guideWorld(t testing.TB) *tests.TestApp {
	app, _ := seedWorld(t)
	b := apptest.Build(t, app)
	for _, fields := range []map[string]any{
		{"slug": "permanences", "locale": "fr", "title": "Permanences du mardi", "body": "Le mardi, de 17 h à 19 h."},
		{"slug": "how-it-works", "locale": "en", "title": "Our programme in five steps", "body": "Five steps."},
	} {
		b.Record("pages", fields)
	}
	return app
}

func TestGuideListShowsDashboardPages(t *testing.T) {
	t.Parallel()
	visitor := func(lang string) map[string]string {
		return map[string]string{"Cookie": "lang=" + lang}
	}
	scenarios := []tests.ApiScenario{
		{
			Name: "a dashboard-only page is listed in its language, for everyone", Method: http.MethodGet, URL: "/guide",
			Headers: visitor("fr"), TestAppFactory: guideWorld, ExpectedStatus: http.StatusOK,
			ExpectedContent: []string{
				"<h2>Pour tout le monde</h2>", "<h2>Pour les mentors</h2>", "<h2>Pour les mentorés</h2>",
				"<li><a href=\"/guide/permanences\">Permanences du mardi</a></li>\n</ul>",
			},
			NotExpectedContent: []string{"Our programme in five steps", "Pour les coordinateurs"},
		},
		{
			Name: "a dashboard-only page is not listed in another language", Method: http.MethodGet, URL: "/guide",
			Headers: visitor("sv"), TestAppFactory: guideWorld, ExpectedStatus: http.StatusOK,
			ExpectedContent:    []string{"<h2>För alla</h2>", "<h2>För mentorer</h2>", "<h2>För adepter</h2>"},
			NotExpectedContent: []string{"permanences", "Our programme in five steps"},
		},
		{
			Name: "a dashboard record of a shipped slug gives it its title, in its place", Method: http.MethodGet, URL: "/guide",
			Headers: visitor("en"), TestAppFactory: guideWorld, ExpectedStatus: http.StatusOK,
			ExpectedContent: []string{
				"<h2>For everyone</h2>\n<ul class=\"guide-list\">\n  <li><a href=\"/guide/how-it-works\">Our programme in five steps</a></li>",
				"<h2>For mentors</h2>", `href="/guide/mentor-commitments"`,
				"<h2>For mentees</h2>", `href="/guide/mentee-commitments"`, `href="/guide/roadbook-guide"`,
			},
			NotExpectedContent: []string{"permanences"},
		},
	}
	for _, s := range scenarios {
		s.Test(t)
	}
}

// The guidance list links the shipped guidance pages.
func TestGuideListLinksTheGuidance(t *testing.T) {
	t.Parallel()
	testPageCalls(t, []pageCall{
		{name: "guidance list", person: "visitor", url: "/guide", status: 200,
			want: []string{`href="/guide/how-it-works"`}},
	})
}
