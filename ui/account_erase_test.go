package ui_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/apptest"
)

// Erasing sven's account, from his account page, from the coordinator's review page or by
// deleting him in the dashboard (the REST API), leaves the same: see expectSvenErased.
func TestAnAccountIsErasedWhoeverErasesIt(t *testing.T) {
	t.Parallel()
	sven, svenWorld := as(seedPrivacy, "sven")
	coord, coordWorld := as(seedPrivacy, "coord")
	review := "/coordinate/alumni/applications/" + wid("appsven")
	var superuserToken string
	dashboard := func(t testing.TB) *tests.TestApp {
		app := seedPrivacy(t)
		token, err := apptest.Build(t, app).Superuser("admin@example.org").NewAuthToken()
		if err != nil {
			t.Fatal(err)
		}
		superuserToken = token
		return app
	}
	admin := map[string]string{}
	scenarios := []tests.ApiScenario{
		{Name: "a wrong password erases nothing", Method: http.MethodPost, URL: "/account/erase",
			Body: form(true, "password", "wrong"), Headers: sven, TestAppFactory: svenWorld,
			ExpectedStatus: http.StatusUnprocessableEntity, ExpectedContent: []string{"This password is not right", `aria-invalid="true"`},
			AfterTestFunc: func(t testing.TB, app *tests.TestApp, _ *http.Response) {
				findPerson(t, app, "sven")
				expectLog(t, app)
			}},
		{Name: "sven erases his account", Method: http.MethodPost, URL: "/account/erase",
			Body: form(true, "password", apptest.Password), Headers: sven, TestAppFactory: svenWorld,
			ExpectedStatus: http.StatusSeeOther,
			AfterTestFunc: func(t testing.TB, app *tests.TestApp, res *http.Response) {
				if res.Header.Get("Location") != "/" || cookieNamed(res, "mb_auth") == nil || cookieNamed(res, "mb_auth").MaxAge >= 0 {
					t.Errorf("not signed out to the front page: %v %v", res.Header.Get("Location"), res.Cookies())
				}
				expectSvenErased(t, app)
				expectLog(t, app, "erasure self ")
			}},
		{Name: "a coordinator's wrong password erases nothing", Method: http.MethodPost, URL: review + "/erase",
			Body: form(true, "erase_password", "wrong"), Headers: coord, TestAppFactory: coordWorld,
			ExpectedStatus: http.StatusUnprocessableEntity, ExpectedContent: []string{"This password is not right"},
			AfterTestFunc: func(t testing.TB, app *tests.TestApp, _ *http.Response) { findPerson(t, app, "sven") }},
		{Name: "the coordinator erases it on his request", Method: http.MethodPost, URL: review + "/erase",
			Body: form(true, "erase_password", apptest.Password), Headers: coord, TestAppFactory: coordWorld,
			ExpectedStatus: http.StatusSeeOther,
			AfterTestFunc: func(t testing.TB, app *tests.TestApp, res *http.Response) {
				if res.Header.Get("Location") != "/coordinate/alumni/applications" {
					t.Errorf("lands on %q", res.Header.Get("Location"))
				}
				expectSvenErased(t, app)
				expectLog(t, app, "erasure coordinator "+wid("coord"))
			}},
		{Name: "an admin deletes him in the dashboard", Method: http.MethodDelete, URL: "/api/collections/users/records/" + wid("sven"),
			Headers: admin, TestAppFactory: func(t testing.TB) *tests.TestApp {
				app := dashboard(t)
				admin["Authorization"] = superuserToken
				return app
			},
			ExpectedStatus: http.StatusNoContent,
			AfterTestFunc: func(t testing.TB, app *tests.TestApp, _ *http.Response) {
				expectSvenErased(t, app)
				expectLog(t, app, "erasure dashboard ")
			}},
	}
	for _, s := range scenarios {
		s.Test(t)
	}
}

// expectSvenErased checks what sven's erasure leaves: pair a closed and its messages, meeting,
// goal and road-book text kept under "former participant", his message's and road-book's files
// gone, nothing else of his, and an outbox without his address or name but letters to marie
// and the coordinator.
func expectSvenErased(t testing.TB, app *tests.TestApp) {
	t.Helper()
	if _, err := app.FindRecordById("users", wid("sven")); err == nil {
		t.Fatal("sven's account is still there")
	}
	match, err := app.FindRecordById("matches", wid("matcha"))
	if err != nil || match.GetString("status") != "closed" {
		t.Fatalf("pair a is gone or not closed: %v", err)
	}
	messages, err := app.FindAllRecords("messages", dbx.HashExp{"match": match.Id})
	if err != nil || len(messages) != 2 {
		t.Fatalf("pair a keeps %d messages, want 2 (%v)", len(messages), err)
	}
	for _, m := range messages {
		author, err := app.FindRecordById("users", m.GetString("author"))
		if err != nil {
			t.Fatal(err)
		}
		if author.Id != wid("marie") && (author.GetString("name") != "former participant" || len(m.GetStringSlice("attachments")) > 0) {
			t.Errorf("sven's message is by %q with files %v", author.GetString("name"), m.GetStringSlice("attachments"))
		}
	}
	goal, err := app.FindFirstRecordByData("goals", "match", match.Id)
	if err != nil {
		t.Fatal(err)
	}
	if writer, err := app.FindRecordById("users", goal.GetString("created_by")); err != nil ||
		writer.GetString("name") != "former participant" || match.GetString("ended_by") != writer.Id {
		t.Errorf("sven's goal is by %q (%v), the pair ended by %q: want both his former participant",
			goal.GetString("created_by"), err, match.GetString("ended_by"))
	}
	roadbook, err := app.FindFirstRecordByData("roadbooks", "match", match.Id)
	if err != nil || roadbook.GetString("professional_project") != "My project" || roadbook.GetString("attachment") != "" {
		t.Errorf("road-book: %v, file %q", err, roadbook.GetString("attachment"))
	}
	for collection, left := range map[string]int{"notes": 0, "evaluations": 0, "support_requests": 0, "event_rsvps": 0, "charter_acceptances": 0, "goals": 1, "meetings": 2} {
		n, err := app.CountRecords(collection)
		if err != nil || int(n) != left {
			t.Errorf("%d %s left, want %d (%v)", n, collection, left, err)
		}
	}
	expectNoTraceInOutbox(t, app)
	queuedMail(t, app, "account_erased", "marie@example.org")
	queuedMail(t, app, "account_erased", "coord@example.org")
}

// expectNoTraceInOutbox fails on an outbox record that holds sven's address or name.
func expectNoTraceInOutbox(t testing.TB, app core.App) {
	t.Helper()
	mails, err := app.FindAllRecords("outbox")
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range mails {
		all := strings.Join([]string{m.GetString("to"), m.GetString("subject"), m.GetString("text"), m.GetString("html")}, " ")
		if strings.Contains(all, "sven@example.org") || strings.Contains(all, "Sven Person") {
			t.Errorf("outbox %s (%s) still holds sven: %s", m.Id, m.GetString("kind"), m.GetString("subject"))
		}
	}
}

// After sven erased his account, marie's match page and messages, the coordinator's pairs and
// applications lists, the applications export and his former application show "former
// participant" and nothing of sven, not even the stand-in's address.
func TestAnErasedPartnerIsAFormerParticipant(t *testing.T) {
	t.Parallel()
	app := seedPrivacy(t)
	handler := newHandler(t, app)
	svenCookie := cookies(t, findPerson(t, app, "sven"))
	if res := do(handler, http.MethodPost, "/account/erase", form(true, "password", apptest.Password), formHeaders(svenCookie)); res.Code != http.StatusSeeOther {
		t.Fatalf("erasure answered %d", res.Code)
	}
	for person, page := range map[string]string{"marie": "/matches/" + wid("matcha"), "marie ": "/matches/" + wid("matcha") + "/messages",
		"coord": "/coordinate/alumni/pairs?status=closed", "coord ": "/coordinate/alumni/applications/" + wid("appsven"),
		"coord  ": "/coordinate/alumni/applications?status=withdrawn", "coord   ": "/coordinate/alumni/export/applications.csv"} {
		res := do(handler, http.MethodGet, page, nil, map[string]string{"Cookie": cookies(t, findPerson(t, app, strings.TrimSpace(person)))})
		body := res.Body.String()
		if res.Code != http.StatusOK || !strings.Contains(body, "former participant") || strings.Contains(body, "Sven Person") ||
			strings.Contains(body, "sven@") || strings.Contains(body, "erased.invalid") {
			t.Errorf("%s's %s (%d) shows sven or no former participant:\n%s", person, page, res.Code, body)
		}
	}
}
