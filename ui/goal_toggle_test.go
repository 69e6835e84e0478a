package ui_test

import (
	"net/http"
	"testing"

	"github.com/pocketbase/pocketbase/tests"
)

// Either member ticks a goal, whoever wrote it; the coordinators follow but do not edit.
func TestGoalsAreTicked(t *testing.T) {
	t.Parallel()
	a := "/matches/" + wid("matcha")
	goal := wid("goala")
	testWorkPosts(t, []workPost{
		{"the mentor ticks the mentee's goal", "marie", a + "/goals/" + goal + "/toggle", nil, http.StatusSeeOther, nil,
			func(t testing.TB, app *tests.TestApp) {
				if record(t, app, "goals", goal).GetDateTime("done_at").IsZero() {
					t.Error("the goal is not done")
				}
			}},
		{"the coordinator follows but does not edit", "coord", a + "/goals/" + goal + "/toggle", nil, http.StatusForbidden, []string{"<html"},
			func(t testing.TB, app *tests.TestApp) {
				if !record(t, app, "goals", goal).GetDateTime("done_at").IsZero() {
					t.Error("the coordinator ticked the goal")
				}
			}},
	})
}
