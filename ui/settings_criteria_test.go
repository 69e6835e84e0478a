package ui_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/tests"
)

// criteriaForm is the criteria form with extra ("must=area", "weight_area=5") and every
// weight extra does not give at 1.
func criteriaForm(extra ...string) *strings.Reader {
	pairs := append([]string{"csrf=" + csrf}, extra...)
	given := strings.Join(extra, "&")
	for _, c := range []string{"development_areas", "industry", "job_function", "interests", "languages", "area", "meeting_modes", "english"} {
		if !strings.Contains(given, "weight_"+c+"=") {
			pairs = append(pairs, "weight_"+c+"=1")
		}
	}
	return strings.NewReader(strings.Join(pairs, "&"))
}

// TestSettingsCriteriaPreviewTheApplications: the coordinators see, before saving, how many
// current mentees a must-have leaves without any allowed mentor, and the spread of each
// mentee's best score; nobody else reaches the criteria, through the portal or the REST API.
func TestSettingsCriteriaPreviewTheApplications(t *testing.T) {
	t.Parallel()
	page := "/coordinate/nordic/settings/criteria"
	stored := func(want string) func(testing.TB, *tests.TestApp, *http.Response) {
		return func(t testing.TB, app *tests.TestApp, _ *http.Response) {
			if got := programNamed(t, app, "nordic").GetString("criteria"); !strings.Contains(got, want) {
				t.Errorf("criteria %s, want %s in them", got, want)
			}
		}
	}
	headers, factory := as(seedSettings, "coord")
	for _, s := range []tests.ApiScenario{
		{Name: "the stored criteria and what they do", Method: http.MethodGet, URL: page, ExpectedStatus: 200,
			ExpectedContent: []string{"3 mentees and 1 mentors", "Mentees with no allowed mentor: 0", `id="f-weight_development_areas"`, `value="3"`}},
		{Name: "a must-have previewed, not saved", Method: http.MethodPost, URL: page + "/preview", Body: criteriaForm("must=area"),
			ExpectedStatus: 200, ExpectedContent: []string{"Mentees with no allowed mentor: 1", `value="area" id="f-must-area" aria-label="Same area is a must-have" checked`},
			AfterTestFunc: stored("null")},
		{Name: "saved", Method: http.MethodPost, URL: page, Body: criteriaForm("must=area", "weight_area=5"), ExpectedStatus: 303,
			AfterTestFunc: stored(`"must":["area"]`)},
		{Name: "a weight that is not one", Method: http.MethodPost, URL: page, Body: criteriaForm("weight_industry=heavy"),
			ExpectedStatus: 422, ExpectedContent: []string{`id="e-weight_industry">Enter a number from 0 to 100.`, `value="heavy"`},
			AfterTestFunc: stored("null")},
	} {
		s.Headers, s.TestAppFactory = headers, factory
		s.Test(t)
	}
	for _, person := range []string{"othercoord", "marie"} {
		headers, factory := as(seedSettings, person)
		(&tests.ApiScenario{Name: person + " previews", Method: http.MethodPost, URL: page + "/preview", Body: criteriaForm(),
			Headers: headers, TestAppFactory: factory, ExpectedStatus: 404, ExpectedContent: []string{"Page not found"}}).Test(t)
		(&tests.ApiScenario{Name: person + " saves", Method: http.MethodPost, URL: page, Body: criteriaForm("must=area"),
			Headers: headers, TestAppFactory: factory, ExpectedStatus: 404, ExpectedContent: []string{"Page not found"},
			AfterTestFunc: stored("null")}).Test(t)
		headers, factory = as(seedSettings, person, "Content-Type", "application/json")
		(&tests.ApiScenario{Name: person + " sets criteria through the REST API", Method: http.MethodPatch,
			URL: "/api/collections/programs/records/" + programNamed(t, seedSettings(t), "nordic").Id, Headers: headers,
			Body: strings.NewReader(`{"criteria": {"must": ["area"]}}`), TestAppFactory: factory,
			ExpectedStatus: 404, ExpectedContent: []string{`"status":404`}, AfterTestFunc: stored("null")}).Test(t)
	}
}
