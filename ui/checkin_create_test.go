package ui_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"
)

// A member of an active pair answers the nudge in one click, with a word if they like; an
// answer that is neither of the two is refused beside the buttons, the note kept; the
// coordinators read the answers but give none; strangers do not see the pair.
func TestCheckinIsAnsweredInThePortal(t *testing.T) {
	t.Parallel()
	a := "/matches/" + wid("matcha") + "/checkin"
	testWorkPosts(t, []workPost{
		{"the mentee asks for help", "sven", a, []string{"answer", "need_help", "checkin_note", "We cannot find a time"},
			http.StatusSeeOther, nil, func(t testing.TB, app *tests.TestApp) {
				c, err := app.FindFirstRecordByData("checkins", "match", wid("matcha"))
				if err != nil || c.GetString("author") != wid("sven") || c.GetString("answer") != "need_help" || c.GetString("note") != "We cannot find a time" {
					t.Errorf("check-in not stored as answered: %v", err)
				}
			}},
		{"an answer that is neither", "sven", a, []string{"answer", "maybe", "checkin_note", "Kept note"},
			http.StatusUnprocessableEntity, []string{`id="e-checkin_answer"`, "Kept note"}, noCheckin},
		{"a coordinator", "coord", a, []string{"answer", "in_touch"}, http.StatusForbidden, []string{"<main"}, noCheckin},
		{"a stranger", "other", a, []string{"answer", "in_touch"}, http.StatusNotFound, []string{"<main"}, noCheckin},
	})
}

// noCheckin fails when a check-in was stored.
func noCheckin(t testing.TB, app *tests.TestApp) {
	if n, _ := app.CountRecords("checkins"); n != 0 {
		t.Errorf("%d check-ins stored, want none", n)
	}
}

// The REST API takes a member's check-in and refuses what the portal refuses: someone else's
// name as author, a stranger, a closed pair (the portal's 403 below), an unknown answer.
func TestCheckinRefusalsAreTheSameInTheRESTAPI(t *testing.T) {
	t.Parallel()
	const api = "/api/collections/checkins/records"
	body := func(author, answer string) *strings.Reader {
		return strings.NewReader(`{"match":"` + wid("matcha") + `","author":"` + wid(author) + `","answer":"` + answer + `"}`)
	}
	closePair := func(t testing.TB, app *tests.TestApp, _ *core.ServeEvent) {
		m := record(t, app, "matches", wid("matcha"))
		m.Set("status", "closed")
		if err := app.Save(m); err != nil {
			t.Fatal(err)
		}
	}
	cases := []struct {
		name, person, author, answer string
		before                       func(testing.TB, *tests.TestApp, *core.ServeEvent)
		status                       int
	}{
		{"the mentor is still in touch", "marie", "marie", "in_touch", nil, http.StatusOK},
		{"in the partner's name", "marie", "sven", "in_touch", nil, http.StatusBadRequest},
		{"a stranger", "other", "other", "in_touch", nil, http.StatusBadRequest},
		{"an unknown answer", "marie", "marie", "maybe", nil, http.StatusBadRequest},
		{"a closed pair", "marie", "marie", "in_touch", closePair, http.StatusBadRequest},
	}
	for _, c := range cases {
		headers, factory := as(seedWork, c.person, "Content-Type", "application/json")
		(&tests.ApiScenario{Name: "REST: " + c.name, Method: http.MethodPost, URL: api, Body: body(c.author, c.answer),
			Headers: headers, TestAppFactory: factory, BeforeTestFunc: c.before, ExpectedStatus: c.status,
			ExpectedContent: []string{`"`}}).Test(t)
	}
	headers, factory := as(seedWork, "marie")
	(&tests.ApiScenario{Name: "portal: a closed pair", Method: http.MethodPost, URL: "/matches/" + wid("matcha") + "/checkin",
		Body: form(true, "answer", "in_touch"), Headers: headers, TestAppFactory: factory, BeforeTestFunc: closePair,
		ExpectedStatus: http.StatusForbidden, ExpectedContent: []string{"<html"}, AfterTestFunc: func(t testing.TB, app *tests.TestApp, _ *http.Response) {
			noCheckin(t, app)
		}}).Test(t)
}

// The coordinators see the latest answer on the pairs list, in their language (coord reads
// Swedish), and every answer with its note on the pair's page.
func TestCoordinatorSeesTheCheckin(t *testing.T) {
	t.Parallel()
	answered := func(t testing.TB, app *tests.TestApp, _ *core.ServeEvent) {
		saveWith(t, app, "checkins", "checkinsven", map[string]any{"match": wid("matcha"), "author": wid("sven"),
			"answer": "need_help", "note": "We cannot find a time"})
	}
	for _, page := range []struct{ url, want string }{
		{"/coordinate/alumni/pairs", `id="checkin-` + wid("matcha") + `"`},
		{"/matches/" + wid("matcha"), "We cannot find a time"},
	} {
		headers, factory := as(seedWork, "coord")
		(&tests.ApiScenario{Name: page.url, Method: http.MethodGet, URL: page.url, Headers: headers, TestAppFactory: factory,
			BeforeTestFunc: answered, ExpectedStatus: http.StatusOK,
			ExpectedContent: []string{page.want, "Vi behöver hjälp", "Sven Person"}}).Test(t)
	}
}
