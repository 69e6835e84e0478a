package ui_test

import (
	"net/http"
	"testing"

	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/apptest"
)

// A guidance page reads from its Markdown file in the reader's language; an unknown one is a
// 404.
func TestGuidancePage(t *testing.T) {
	t.Parallel()
	testPageCalls(t, []pageCall{
		{name: "guidance page from the file", person: "visitor", url: "/guide/how-it-works", status: 200,
			headers: []string{"Accept-Language", "fr"}, want: []string{`<html lang="fr">`, "<h2"}},
		{name: "unknown guidance page", person: "visitor", url: "/guide/nope", status: 404, want: []string{"Page not found"}},
	})
}

func TestGuidancePageRecordOverridesTheFile(t *testing.T) {
	t.Parallel()
	headers, factory := as(pageWorld, "visitor", "Accept-Language", "sv")
	scenario := tests.ApiScenario{
		Method: http.MethodGet, URL: "/guide/how-it-works", Headers: headers,
		TestAppFactory: func(t testing.TB) *tests.TestApp {
			app := factory(t)
			apptest.Build(t, app).Record("pages", map[string]any{"slug": "how-it-works", "locale": "sv",
				"title": "Så gör vi hos oss", "body": "Vi träffas *varje vecka*."})
			return app
		},
		ExpectedStatus:  200,
		ExpectedContent: []string{"<h1>Så gör vi hos oss</h1>", "<em>varje vecka</em>"},
	}
	scenario.Test(t)
}
