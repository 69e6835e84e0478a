package ui_test

import (
	"net/http"
	"testing"

	"github.com/pocketbase/pocketbase/tests"
)

// Either member removes a goal, whoever wrote it.
func TestGoalsAreRemoved(t *testing.T) {
	t.Parallel()
	a := "/matches/" + wid("matcha")
	goal := wid("goala")
	testWorkPosts(t, []workPost{
		{"the mentor removes it", "marie", a + "/goals/" + goal + "/delete", nil, http.StatusSeeOther, nil,
			func(t testing.TB, app *tests.TestApp) {
				if _, err := app.FindRecordById("goals", goal); err == nil {
					t.Error("the goal is still there")
				}
			}},
	})
}
