package ui_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/tests"
)

// TestOutsidersAreRefusedThePairsWork: a third user and the member of another pair get the
// same 404 as for a pair that does not exist, on every page and action of pair a's
// evaluations, goals, messages, notes and ending, and nothing changes. (The third user's
// POSTs are the member's minus what needs membership of another pair; one stands for them.)
func TestOutsidersAreRefusedThePairsWork(t *testing.T) {
	t.Parallel()
	a := "/matches/" + wid("matcha")
	b := "/matches/" + wid("matchb")
	type call struct{ method, url, body string }
	calls := []call{
		{"GET", a + "/evaluations/first_interview", ""},
		{"GET", a + "/evaluations/midpoint", ""},
		{"POST", a + "/evaluations/midpoint", "met=yes&going=4"},
		{"GET", a + "/goals", ""},
		{"POST", a + "/goals", "goal_title=Intruder+goal"},
		{"POST", a + "/goals/" + wid("goala") + "/toggle", ""},
		{"POST", a + "/goals/" + wid("goala") + "/delete", ""},
		{"GET", a + "/messages", ""},
		{"POST", a + "/messages", "message_body=Intruder+message"},
		{"GET", a + "/notes", ""},
		{"POST", a + "/notes", "note_body=Intruder+note"},
		{"POST", a + "/notes/" + wid("notemarie") + "/delete", ""},
		{"GET", a + "/close", ""},
		{"POST", a + "/close", "reason=Intruder"},
		// pair a's records through pair b's address, for bob who is a member of pair b
		{"POST", b + "/goals/" + wid("goala") + "/toggle", ""},
		{"POST", b + "/goals/" + wid("goala") + "/delete", ""},
		{"POST", b + "/notes/" + wid("notemarie") + "/delete", ""},
	}
	for _, person := range []string{"other", "bob"} {
		for _, c := range calls {
			if person == "other" && (strings.HasPrefix(c.url, b) || c.method == "POST" && !strings.HasSuffix(c.url, "/close")) {
				continue
			}
			headers, factory := as(seedWork, person)
			s := tests.ApiScenario{
				Name:   person + " " + c.method + " " + c.url,
				Method: c.method, URL: c.url, Headers: headers, TestAppFactory: factory,
				ExpectedStatus:     http.StatusNotFound,
				ExpectedContent:    []string{"Page not found"},
				NotExpectedContent: []string{"Sven Person", "Marie Person", "Rewrite the CV", "Great CV work", "Hello from Sven", "Marie private note"},
				AfterTestFunc: func(t testing.TB, app *tests.TestApp, _ *http.Response) {
					if record(t, app, "matches", wid("matcha")).GetString("status") != "active" {
						t.Error("the match was closed")
					}
					if !record(t, app, "goals", wid("goala")).GetDateTime("done_at").IsZero() {
						t.Error("the goal was ticked")
					}
					record(t, app, "notes", wid("notemarie"))
					for collection, want := range map[string]int64{"goals": 1, "messages": 1, "notes": 1, "evaluations": 2} {
						if n, _ := app.CountRecords(collection); n != want {
							t.Errorf("%d %s, want %d", n, collection, want)
						}
					}
				},
			}
			if c.method == "POST" {
				s.Body = strings.NewReader("csrf=" + csrf + "&" + c.body)
			}
			s.Test(t)
		}
	}
}
