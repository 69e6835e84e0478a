package ui_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/tests"
)

// TestProgrammeWordsInTheReadersLanguage: a reader gets the programme's texts in their
// language when the programme speaks it, else in its first language, marked with lang; the
// dashboard's plain name and the first language's stay one. Dates read on Stockholm's clock.
func TestProgrammeWordsInTheReadersLanguage(t *testing.T) {
	t.Parallel()
	sv := `<p class="lead" lang="sv">Mentorskap i Norden.</p>`
	for _, v := range []struct{ language, want, summary, notWant string }{
		{"sv", `<h1>Nordiskt mentorskap</h1>`, `<p class="lead">Mentorskap i Norden.</p>`, "Nordic mentoring"},
		{"en", `<h1>Nordic mentoring</h1>`, `<p class="lead">Nordic mentoring in one sentence.</p>`, "Nordiskt mentorskap"},
		{"fr", `<h1 lang="sv">Nordiskt mentorskap</h1>`, sv, "Nordic mentoring"},
	} {
		headers, factory := as(seedSettings, "visitor", "Accept-Language", v.language)
		(&tests.ApiScenario{Name: v.language + " reader", Method: http.MethodGet, URL: "/programs/nordic", Headers: headers,
			TestAppFactory: factory, ExpectedStatus: 200, ExpectedContent: []string{v.want, v.summary, "2031-02-10 17:30 – 2031-03-01 17:30", "Europe/Stockholm"},
			NotExpectedContent: []string{v.notWant}}).Test(t)
	}
	headers, factory := as(seedSettings, "visitor", "Accept-Language", "fr")
	(&tests.ApiScenario{Name: "the home page lists it in Swedish for a French reader", Method: http.MethodGet, URL: "/", Headers: headers,
		TestAppFactory: factory, ExpectedStatus: 200, ExpectedContent: []string{`<a href="/programs/nordic" lang="sv">Nordiskt mentorskap</a>`}}).Test(t)
	headers, factory = as(seedSettings, "coord", "Content-Type", "application/json")
	(&tests.ApiScenario{Name: "renaming in the dashboard's plain field renames the first language", Method: http.MethodPatch,
		URL: "/api/collections/programs/records/" + programNamed(t, seedSettings(t), "nordic").Id, Headers: headers,
		Body: strings.NewReader(`{"name": "Norden mentorskap"}`), TestAppFactory: factory, ExpectedStatus: 200,
		ExpectedContent: []string{`"name":"Norden mentorskap"`, `"name_sv":"Norden mentorskap"`}}).Test(t)
}
