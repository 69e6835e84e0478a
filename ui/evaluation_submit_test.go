package ui_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/tests"
)

// TestEvaluationSubmission: answers are checked against the form (errors beside the
// question), stored typed once, and only by the member the form is for, once it is due.
func TestEvaluationSubmission(t *testing.T) {
	t.Parallel()
	a := "/matches/" + wid("matcha")
	post := func(name, person, kind, body string, status int, want []string, after func(testing.TB, *tests.TestApp, *http.Response)) {
		headers, factory := as(seedWork, person)
		(&tests.ApiScenario{Name: name, Method: http.MethodPost, URL: a + "/evaluations/" + kind,
			Body: strings.NewReader("csrf=" + csrf + "&" + body), Headers: headers, TestAppFactory: factory,
			ExpectedStatus: status, ExpectedContent: htmlUnlessRedirect(status, want), AfterTestFunc: after}).Test(t)
	}
	midpoints := func(want int) func(testing.TB, *tests.TestApp, *http.Response) {
		return func(t testing.TB, app *tests.TestApp, _ *http.Response) {
			if n, _ := app.CountRecords("evaluations", dbx.HashExp{"kind": "midpoint"}); int(n) != want {
				t.Errorf("%d midpoint evaluations, want %d", n, want)
			}
		}
	}
	post("a scale out of range and a missing answer are shown beside their questions", "marie", "midpoint",
		"going=9&tell_us=Fine", http.StatusUnprocessableEntity,
		[]string{"Please correct the form below.", `id="e-going"`, `id="e-met"`, ">Fine</textarea>"}, midpoints(1))
	post("valid answers are stored typed", "marie", "midpoint", "met=yes&going=4&tell_us=All+good", http.StatusSeeOther, nil,
		func(t testing.TB, app *tests.TestApp, res *http.Response) {
			midpoints(2)(t, app, res)
			e, err := app.FindFirstRecordByFilter("evaluations", "kind = 'midpoint' && author = {:a}", dbx.Params{"a": wid("marie")})
			if err != nil {
				t.Fatal(err)
			}
			if got := e.GetString("answers"); !strings.Contains(got, `"going":4`) || !strings.Contains(got, `"met":true`) {
				t.Errorf("answers %s", got)
			}
		})
	post("a submitted form is not submitted again", "sven", "midpoint", "met=yes&going=5", http.StatusForbidden, nil, midpoints(1))
	post("the mentee does not fill the mentor's first-interview form", "sven", "first_interview",
		"project_realistic=yes&project_relevant=yes&feedback=x&action_plan=y", http.StatusForbidden, nil,
		func(t testing.TB, app *tests.TestApp, _ *http.Response) {
			if n, _ := app.CountRecords("evaluations", dbx.HashExp{"kind": "first_interview"}); n != 1 {
				t.Errorf("%d first-interview evaluations", n)
			}
		})
	post("the final evaluation is not due while the programme runs", "marie", "final", "useful=5&goals_reached=yes",
		http.StatusForbidden, nil, nil)
	post("a coordinator fills in no pair's form", "coord", "midpoint", "met=yes&going=5", http.StatusForbidden, nil, midpoints(1))
}
