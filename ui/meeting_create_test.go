package ui_test

import (
	"net/http"
	"testing"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/tests"
)

func TestMeetingActionsAreForThePairsMembersOnly(t *testing.T) {
	t.Parallel()
	proposal := []string{"date", "2031-06-02", "time", "09:30", "duration", "45", "mode", "in_person", "location", "Café Lumière", "agenda", "CV review"}
	type action struct {
		name, person, url string
		body              []string
		status            int
		want              []string
		check             func(t testing.TB, app *tests.TestApp)
	}
	actions := []action{
		{name: "a member proposes: both get an invite", person: "sven", url: "/matches/" + wid("matcha") + "/meetings", body: proposal, status: 303,
			check: func(t testing.TB, app *tests.TestApp) {
				m, err := app.FindFirstRecordByData("meetings", "agenda", "CV review")
				if err != nil || m.GetDateTime("starts_at").String() != "2031-06-02 07:30:00.000Z" {
					t.Fatalf("09:30 in Paris (summer) is 07:30 UTC, got %v (%v)", m, err)
				}
				if n, _ := app.CountRecords("outbox", dbx.HashExp{"kind": "meeting_proposed", "related_id": m.Id}); n != 2 {
					t.Errorf("want 2 invites, got %d", n)
				}
			}},
		{name: "in person needs a place", person: "sven", url: "/matches/" + wid("matcha") + "/meetings",
			body: []string{"date", "2031-06-02", "time", "09:30", "duration", "45", "mode", "in_person"}, status: 422,
			want: []string{"Please fill in this field.", `value="2031-06-02"`}},
		{name: "another pair's member cannot propose", person: "bea", url: "/matches/" + wid("matcha") + "/meetings", body: proposal, status: 404, want: []string{"Page not found"}},
		{name: "a coordinator cannot propose", person: "coord", url: "/matches/" + wid("matcha") + "/meetings", body: proposal, status: 403, want: []string{"Not allowed"}},
		{name: "the partner confirms", person: "sven", url: "/meetings/" + wid("meetinga") + "/confirm", status: 303,
			check: func(t testing.TB, app *tests.TestApp) {
				if n := countMails(t, app, "meeting_confirmed"); n != 2 {
					t.Errorf("want 2 confirmations, got %d", n)
				}
			}},
		{name: "the proposer cannot confirm", person: "marie", url: "/meetings/" + wid("meetinga") + "/confirm", status: 403, want: []string{"Not allowed"}},
		{name: "another pair's member cannot cancel", person: "bob", url: "/meetings/" + wid("meetinga") + "/cancel", status: 404, want: []string{"Page not found"}},
		{name: "a third user cannot cancel", person: "other", url: "/meetings/" + wid("meetinga") + "/cancel", status: 404, want: []string{"Page not found"}},
		{name: "a member cancels", person: "marie", url: "/meetings/" + wid("meetinga") + "/cancel", status: 303,
			check: func(t testing.TB, app *tests.TestApp) {
				if m, _ := app.FindRecordById("meetings", wid("meetinga")); m.GetString("status") != "cancelled" || m.GetInt("sequence") != 1 {
					t.Errorf("want cancelled with sequence 1, got %s %d", m.GetString("status"), m.GetInt("sequence"))
				}
			}},
		{name: "a future meeting cannot be marked held", person: "marie", url: "/meetings/" + wid("meetinga") + "/held", body: []string{"minutes_spent", "60"}, status: 403, want: []string{"Not allowed"}},
		{name: "the mentor cannot write the road-book", person: "marie", url: "/matches/" + wid("matcha") + "/roadbook", body: []string{"professional_project", "x"}, status: 403, want: []string{"Not allowed"}},
		{name: "the mentee saves a road-book draft", person: "sven", url: "/matches/" + wid("matcha") + "/roadbook", body: []string{"professional_project", "Data journalism"}, status: 303,
			check: func(t testing.TB, app *tests.TestApp) {
				if r, err := app.FindFirstRecordByData("roadbooks", "match", wid("matcha")); err != nil || r.GetString("professional_project") != "Data journalism" {
					t.Errorf("draft not saved: %v", err)
				}
			}},
	}
	for _, a := range actions {
		headers, factory := as(seedPairs, a.person)
		s := tests.ApiScenario{Name: a.name, Method: http.MethodPost, URL: a.url, Body: form(true, a.body...),
			Headers: headers, TestAppFactory: factory, ExpectedStatus: a.status, ExpectedContent: a.want}
		if a.check != nil {
			check := a.check
			s.AfterTestFunc = func(t testing.TB, app *tests.TestApp, _ *http.Response) { check(t, app) }
		}
		s.Test(t)
	}
}
