package ui_test

import (
	"net/http"
	"testing"

	"github.com/pocketbase/pocketbase/tests"
)

// TestTheGoalsPageListsThePlan: the goals page shows the pair's plan with its actions.
func TestTheGoalsPageListsThePlan(t *testing.T) {
	t.Parallel()
	a := "/matches/" + wid("matcha")
	goal := wid("goala")
	headers, factory := as(seedWork, "sven")
	(&tests.ApiScenario{Name: "the goals page lists the plan with its actions", Method: http.MethodGet, URL: a + "/goals",
		Headers: headers, TestAppFactory: factory, ExpectedStatus: 200,
		ExpectedContent: []string{"Rewrite the CV", `action="` + a + `/goals/` + goal + `/toggle"`, "Marquer comme fait", `name="goal_due_on"`}}).Test(t)
}
