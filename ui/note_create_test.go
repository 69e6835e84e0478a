package ui_test

import (
	"net/http"
	"testing"

	"github.com/pocketbase/pocketbase/tests"
)

// TestNotesAreWrittenByTheirAuthor: a member writes a note for themself.
func TestNotesAreWrittenByTheirAuthor(t *testing.T) {
	t.Parallel()
	a := "/matches/" + wid("matcha")
	testWorkPosts(t, []workPost{
		{"sven writes a note", "sven", a + "/notes", []string{"note_body", "Ask about internships"}, http.StatusSeeOther, nil,
			func(t testing.TB, app *tests.TestApp) {
				n, err := app.FindFirstRecordByData("notes", "body", "Ask about internships")
				if err != nil || n.GetString("author") != wid("sven") {
					t.Errorf("note not stored as sven's: %v", err)
				}
			}},
	})
}
