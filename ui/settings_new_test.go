package ui_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/tests"
)

// TestSettingsNewProgramme: a coordinator starts another programme in the portal, unpublished
// and theirs; a participant cannot, and a taken address is refused beside its field.
func TestSettingsNewProgramme(t *testing.T) {
	t.Parallel()
	created := func(want bool) func(testing.TB, *tests.TestApp, *http.Response) {
		return func(t testing.TB, app *tests.TestApp, _ *http.Response) {
			p, err := app.FindFirstRecordByData("programs", "slug", "fresh")
			if (err == nil) != want {
				t.Fatalf("programme created: %v, want %v", err == nil, want)
			}
			if want && (p.GetBool("published") || strings.Join(p.GetStringSlice("coordinators"), ",") != wid("coord") ||
				p.GetString("name_sv") != "Färskt program" || p.GetString("timezone") != "Europe/Stockholm") {
				t.Errorf("created %v", p)
			}
		}
	}
	headers, factory := as(seedSettings, "coord")
	for _, s := range []tests.ApiScenario{
		{Name: "the form", Method: http.MethodGet, URL: "/coordinate/new", ExpectedStatus: 200, ExpectedContent: []string{`id="program-new-form"`}},
		{Name: "created", Method: http.MethodPost, URL: "/coordinate/new", ExpectedStatus: 303, AfterTestFunc: created(true),
			Body: form(true, "slug", "fresh", "name", "Färskt program", "language", "sv", "timezone", "Europe/Stockholm")},
		{Name: "a taken address", Method: http.MethodPost, URL: "/coordinate/new", ExpectedStatus: 422,
			Body:            form(true, "slug", "nordic", "name", "Again", "language", "sv", "timezone", "Europe/Stockholm"),
			ExpectedContent: []string{`id="e-slug">This address is taken`, `value="Again"`}},
	} {
		s.Headers, s.TestAppFactory = headers, factory
		s.Test(t)
	}
	headers, factory = as(seedSettings, "marie")
	(&tests.ApiScenario{Name: "a participant", Method: http.MethodPost, URL: "/coordinate/new", Headers: headers, TestAppFactory: factory,
		Body:           form(true, "slug", "fresh", "name", "Färskt program", "language", "sv", "timezone", "Europe/Stockholm"),
		ExpectedStatus: 404, ExpectedContent: []string{"Page not found"}, AfterTestFunc: created(false)}).Test(t)
}
