package ui_test

import (
	"net/http"
	"testing"

	"github.com/pocketbase/pocketbase/tests"
)

// TestNotesAreDeletedByTheirAuthor: the author deletes a note; the partner cannot.
func TestNotesAreDeletedByTheirAuthor(t *testing.T) {
	t.Parallel()
	url := "/matches/" + wid("matcha") + "/notes/" + wid("notemarie") + "/delete"
	testWorkPosts(t, []workPost{
		{"sven cannot delete marie's note", "sven", url, nil, http.StatusNotFound, []string{"<html lang="},
			func(t testing.TB, app *tests.TestApp) {
				record(t, app, "notes", wid("notemarie"))
			}},
		{"marie deletes her note", "marie", url, nil, http.StatusSeeOther, nil,
			func(t testing.TB, app *tests.TestApp) {
				if _, err := app.FindRecordById("notes", wid("notemarie")); err == nil {
					t.Error("the note is still there")
				}
			}},
	})
}
