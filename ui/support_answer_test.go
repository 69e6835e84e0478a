package ui_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/tests"
)

// TestSupportRequestsAreAnsweredByTheCoordinators: a coordinator's answer is e-mailed to the
// person who asked, in their language; a participant cannot answer.
func TestSupportRequestsAreAnsweredByTheCoordinators(t *testing.T) {
	t.Parallel()
	answer := "/coordinate/alumni/support/" + wid("reqbob") + "/answer"
	testWorkPosts(t, []workPost{
		{"the coordinator answers", "coord", answer, []string{"answer", "Start with the road-book guide."}, http.StatusSeeOther, nil,
			func(t testing.TB, app *tests.TestApp) {
				r := record(t, app, "support_requests", wid("reqbob"))
				if r.GetString("status") != "answered" || r.GetString("answer") != "Start with the road-book guide." {
					t.Errorf("request %s: %q", r.GetString("status"), r.GetString("answer"))
				}
				mail := queuedMail(t, app, "support_answer", "bob@example.org")
				if mail.GetString("subject") != "Answer to your request: Bob needs advice" || !strings.Contains(mail.GetString("text"), "Start with the road-book guide.") {
					t.Errorf("answer mail: %s\n%s", mail.GetString("subject"), mail.GetString("text"))
				}
			}},
		{"a participant cannot answer", "marie", answer, []string{"answer", "Me neither"}, http.StatusNotFound, []string{"Page not found"},
			func(t testing.TB, app *tests.TestApp) {
				if record(t, app, "support_requests", wid("reqbob")).GetString("answer") != "" || countMails(t, app, "support_answer") != 0 {
					t.Error("a participant answered")
				}
			}},
	})
}
