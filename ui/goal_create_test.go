package ui_test

import (
	"net/http"
	"testing"

	"github.com/pocketbase/pocketbase/tests"
)

// Either member adds goals with a due date; a goal needs a title and a real date.
func TestGoalsAreAdded(t *testing.T) {
	t.Parallel()
	a := "/matches/" + wid("matcha")
	testWorkPosts(t, []workPost{
		{"the mentor adds a dated goal", "marie", a + "/goals", []string{"goal_title", "Apply to five firms", "goal_due_on", "2031-06-30"},
			http.StatusSeeOther, nil, func(t testing.TB, app *tests.TestApp) {
				g, err := app.FindFirstRecordByData("goals", "title", "Apply to five firms")
				if err != nil || g.GetString("created_by") != wid("marie") || g.GetDateTime("due_on").Time().Format("2006-01-02") != "2031-06-30" {
					t.Errorf("goal not stored as written: %v", err)
				}
			}},
		{"a goal without a title or with a wrong date", "marie", a + "/goals", []string{"goal_title", " ", "goal_due_on", "30/06/2031"},
			http.StatusUnprocessableEntity, []string{`id="e-goal_title"`, `id="e-goal_due_on"`, "Please correct the form below."}, nil},
	})
}
