package ui_test

import (
	"net/http"
	"testing"

	"github.com/pocketbase/pocketbase/tests"
)

// TestGoalsAreKeptByEitherMember: either member adds goals with a due date, ticks and unticks
// them and removes them, whoever wrote them; a goal needs a title and a real date.
func TestGoalsAreKeptByEitherMember(t *testing.T) {
	t.Parallel()
	a := "/matches/" + wid("matcha")
	goal := wid("goala")
	type step struct {
		name, person, url string
		body              []string
		status            int
		want              []string
		check             func(testing.TB, *tests.TestApp)
	}
	steps := []step{
		{"the mentor adds a dated goal", "marie", a + "/goals", []string{"goal_title", "Apply to five firms", "goal_due_on", "2031-06-30"},
			http.StatusSeeOther, nil, func(t testing.TB, app *tests.TestApp) {
				g, err := app.FindFirstRecordByData("goals", "title", "Apply to five firms")
				if err != nil || g.GetString("created_by") != wid("marie") || g.GetDateTime("due_on").Time().Format("2006-01-02") != "2031-06-30" {
					t.Errorf("goal not stored as written: %v", err)
				}
			}},
		{"a goal without a title or with a wrong date", "marie", a + "/goals", []string{"goal_title", " ", "goal_due_on", "30/06/2031"},
			http.StatusUnprocessableEntity, []string{`id="e-goal_title"`, `id="e-goal_due_on"`, "Please correct the form below."}, nil},
		{"the mentor ticks the mentee's goal", "marie", a + "/goals/" + goal + "/toggle", nil, http.StatusSeeOther, nil,
			func(t testing.TB, app *tests.TestApp) {
				if record(t, app, "goals", goal).GetDateTime("done_at").IsZero() {
					t.Error("the goal is not done")
				}
			}},
		{"the mentor removes it", "marie", a + "/goals/" + goal + "/delete", nil, http.StatusSeeOther, nil,
			func(t testing.TB, app *tests.TestApp) {
				if _, err := app.FindRecordById("goals", goal); err == nil {
					t.Error("the goal is still there")
				}
			}},
		{"the coordinator follows but does not edit", "coord", a + "/goals/" + goal + "/toggle", nil, http.StatusForbidden, []string{"<html"},
			func(t testing.TB, app *tests.TestApp) {
				if !record(t, app, "goals", goal).GetDateTime("done_at").IsZero() {
					t.Error("the coordinator ticked the goal")
				}
			}},
	}
	for _, s := range steps {
		headers, factory := as(seedWork, s.person)
		check := s.check
		(&tests.ApiScenario{Name: s.name, Method: http.MethodPost, URL: s.url, Body: form(true, s.body...), Headers: headers,
			TestAppFactory: factory, ExpectedStatus: s.status, ExpectedContent: s.want,
			AfterTestFunc: func(t testing.TB, app *tests.TestApp, _ *http.Response) {
				if check != nil {
					check(t, app)
				}
			}}).Test(t)
	}
	headers, factory := as(seedWork, "sven")
	(&tests.ApiScenario{Name: "the goals page lists the plan with its actions", Method: http.MethodGet, URL: a + "/goals",
		Headers: headers, TestAppFactory: factory, ExpectedStatus: 200,
		ExpectedContent: []string{"Rewrite the CV", `action="` + a + `/goals/` + goal + `/toggle"`, "Marquer comme fait", `name="goal_due_on"`}}).Test(t)
}
