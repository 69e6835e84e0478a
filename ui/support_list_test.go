package ui_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/tests"
)

// TestSupportRequestsAreForTheCoordinators: the programme's coordinators list and answer the
// requests; the answer is e-mailed to the person in their language; nobody else sees them.
func TestSupportRequestsAreForTheCoordinators(t *testing.T) {
	t.Parallel()
	list := "/coordinate/alumni/support"
	type visit struct {
		person string
		status int
		want   []string
	}
	for _, v := range []visit{
		{"coord", 200, []string{"Bob needs advice", "How do I start?", "Bob Person", `action="/coordinate/alumni/support/` + wid("reqbob") + `/answer"`}},
		{"marie", 404, []string{"Page not found"}},
		{"other", 404, []string{"Page not found"}},
		{"visitor", 303, nil},
	} {
		headers, factory := as(seedWork, v.person)
		(&tests.ApiScenario{Name: v.person + " opens the support list", Method: http.MethodGet, URL: list, Headers: headers,
			TestAppFactory: factory, ExpectedStatus: v.status, ExpectedContent: v.want,
			NotExpectedContent: notFor(v.person != "coord", "Bob needs advice")}).Test(t)
	}
	answer := list + "/" + wid("reqbob") + "/answer"
	headers, factory := as(seedWork, "coord")
	(&tests.ApiScenario{Name: "the coordinator answers", Method: http.MethodPost, URL: answer,
		Body: form(true, "answer", "Start with the road-book guide."), Headers: headers, TestAppFactory: factory,
		ExpectedStatus: http.StatusSeeOther,
		AfterTestFunc: func(t testing.TB, app *tests.TestApp, _ *http.Response) {
			r := record(t, app, "support_requests", wid("reqbob"))
			if r.GetString("status") != "answered" || r.GetString("answer") != "Start with the road-book guide." {
				t.Errorf("request %s: %q", r.GetString("status"), r.GetString("answer"))
			}
			mail := queuedMail(t, app, "support_answer", "bob@example.org")
			if mail.GetString("subject") != "Answer to your request: Bob needs advice" || !strings.Contains(mail.GetString("text"), "Start with the road-book guide.") {
				t.Errorf("answer mail: %s\n%s", mail.GetString("subject"), mail.GetString("text"))
			}
		}}).Test(t)
	headers, factory = as(seedWork, "marie")
	(&tests.ApiScenario{Name: "a participant cannot answer", Method: http.MethodPost, URL: answer,
		Body: form(true, "answer", "Me neither"), Headers: headers, TestAppFactory: factory,
		ExpectedStatus: http.StatusNotFound, ExpectedContent: []string{"Page not found"},
		AfterTestFunc: func(t testing.TB, app *tests.TestApp, _ *http.Response) {
			if record(t, app, "support_requests", wid("reqbob")).GetString("answer") != "" || countMails(t, app, "support_answer") != 0 {
				t.Error("a participant answered")
			}
		}}).Test(t)
}

// notFor is values when cond holds, else nothing.
func notFor(cond bool, values ...string) []string {
	if cond {
		return values
	}
	return nil
}
