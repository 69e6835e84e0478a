package ui_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/tests"
)

// TestHelpRequestsReachTheCoordinators: a participant asks for help about their pair; every
// coordinator is e-mailed in their own language, and the programme's contact address too.
func TestHelpRequestsReachTheCoordinators(t *testing.T) {
	t.Parallel()
	post := func(name, person string, fields []string, status int, want []string, check func(testing.TB, *tests.TestApp)) {
		headers, factory := as(seedWork, person)
		s := tests.ApiScenario{Name: name, Method: http.MethodPost, URL: "/help", Headers: headers,
			ExpectedStatus: status, ExpectedContent: want,
			AfterTestFunc: func(t testing.TB, app *tests.TestApp, _ *http.Response) { check(t, app) }}
		s.TestAppFactory = func(t testing.TB) *tests.TestApp {
			app := factory(t)
			program, _ := app.FindFirstRecordByData("programs", "slug", "alumni")
			s.Body = form(true, append([]string{"program", program.Id}, fields...)...)
			return app
		}
		s.Test(t)
	}
	requests := func(want int64) func(testing.TB, *tests.TestApp) {
		return func(t testing.TB, app *tests.TestApp) {
			if n, _ := app.CountRecords("support_requests"); n != want {
				t.Errorf("%d support requests, want %d", n, want)
			}
		}
	}
	post("the mentee asks about his pair", "sven", []string{"match", wid("matcha"), "topic", "Mentor unreachable", "body", "No answer for weeks."},
		http.StatusSeeOther, nil, func(t testing.TB, app *tests.TestApp) {
			requests(2)(t, app)
			r, err := app.FindFirstRecordByData("support_requests", "topic", "Mentor unreachable")
			if err != nil || r.GetString("match") != wid("matcha") || r.GetString("status") != "open" || r.GetString("user") != wid("sven") {
				t.Fatalf("request not stored: %v", err)
			}
			coord := queuedMail(t, app, "support_request", "coord@example.org")
			if coord.GetString("subject") != "Hjälp efterfrågas i Alumni mentoring: Mentor unreachable" || coord.GetString("locale") != "sv" ||
				!strings.Contains(coord.GetString("text"), "/coordinate/alumni/support") || !strings.Contains(coord.GetString("text"), "No answer for weeks.") {
				t.Errorf("coordinator's mail: %s\n%s", coord.GetString("subject"), coord.GetString("text"))
			}
			if team := queuedMail(t, app, "support_request", "team@example.org"); team.GetString("locale") != "en" {
				t.Errorf("contact address mail in %s", team.GetString("locale"))
			}
		})
	post("another pair cannot be attached", "sven", []string{"match", wid("matchb"), "topic", "x", "body", "y"},
		http.StatusUnprocessableEntity, []string{`id="f-match"`, "Veuillez corriger"}, requests(1))
	post("a person who applied nowhere cannot write to this programme", "other", []string{"topic", "x", "body", "y"},
		http.StatusUnprocessableEntity, []string{"<html"}, requests(1))
	post("a topic and a body are needed", "sven", []string{"topic", "", "body", ""},
		http.StatusUnprocessableEntity, []string{`id="e-topic"`, `id="f-body"`}, requests(1))
}
