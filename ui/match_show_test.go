package ui_test

import (
	"net/http"
	"testing"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

func TestMatchPageIsForItsMembersAndCoordinatorsOnly(t *testing.T) {
	t.Parallel()
	page := "/matches/" + wid("matcha")
	type visit struct {
		name, person  string
		status        int
		want, notWant []string
	}
	visits := []visit{
		{name: "the mentor sees the partner, contacts, agreement, meetings, steps and the other sections", person: "marie", status: 200,
			want: []string{"Sven Person", "sven@example.org", "tel:&#43;33600000004", `action="/matches/` + wid("matcha") + `/agreement"`,
				"Europe/Paris", "Agenda of pair a", "Road-book sent to the mentor", "Meetings held: 0 of 3 recommended.",
				`id="evaluations"`, `id="goals"`, `id="messages"`, `id="notes"`, `id="end"`, `id="help"`,
				"has not sent the road-book yet", `href="/meetings/` + wid("meetinga") + `.ics"`,
				"the programme&#39;s coordinators can read these messages", "the programme&#39;s coordinators can read it too"},
			notWant: []string{"Agenda of pair b", "bea@example.org"}},
		{name: "the mentee gets the road-book form and confirms the mentor's proposal", person: "sven", status: 200,
			want: []string{"Marie Person", `action="/matches/` + wid("matcha") + `/roadbook"`, `action="/meetings/` + wid("meetinga") + `/confirm"`}},
		{name: "the programme's coordinator follows the pair", person: "coord", status: 200,
			want:    []string{"Marie Person", "Sven Person", "Agenda of pair a"},
			notWant: []string{`/agreement"`, `action="/matches/` + wid("matcha") + `/meetings"`}},
		{name: "another pair's member gets 404", person: "bob", status: 404, want: []string{"Page not found"}, notWant: []string{"Sven Person"}},
		{name: "a third user gets 404", person: "other", status: 404, want: []string{"Page not found"}, notWant: []string{"Sven Person"}},
		{name: "a visitor is sent to sign in", person: "visitor", status: 303},
	}
	for _, v := range visits {
		headers, factory := as(seedPairs, v.person)
		s := tests.ApiScenario{Name: v.name, Method: http.MethodGet, URL: page, Headers: headers,
			TestAppFactory: factory, ExpectedStatus: v.status, ExpectedContent: v.want, NotExpectedContent: v.notWant}
		s.Test(t)
	}
}

// TestAgreementShowsWhatEachMustDo: the mentor reads the terms the mentee wrote with a form to
// confirm them; the mentee waits for him; the coordinator reads them without any form.
func TestAgreementShowsWhatEachMustDo(t *testing.T) {
	t.Parallel()
	menteeWrote := func(t testing.TB, app *tests.TestApp, _ *core.ServeEvent) {
		terms := kernel.Agreement{Frequency: "fortnightly", Modes: []string{"video"}, Expectations: "Weekly calls about my CV"}
		if err := workspace.Agree(app, wid("sven"), wid("matcha"), &terms); err != nil {
			t.Fatal(err)
		}
	}
	views := []struct {
		person        string
		want, notWant []string
	}{
		{"marie", []string{"Every two weeks", "Video call", "Weekly calls about my CV", "Sven Person wrote these terms", `id="agreement-accept"`},
			[]string{`id="agreement-waiting"`}},
		{"sven", []string{"Every two weeks", `id="agreement-waiting"`, "Suggest other terms"}, []string{`id="agreement-accept"`}},
		{"coord", []string{"Every two weeks", "Weekly calls about my CV"}, []string{`id="agreement-form"`, `id="agreement-accept"`}},
	}
	for _, v := range views {
		headers, factory := as(seedPairs, v.person)
		(&tests.ApiScenario{Name: v.person, Method: http.MethodGet, URL: "/matches/" + wid("matcha"), Headers: headers,
			TestAppFactory: factory, BeforeTestFunc: menteeWrote, ExpectedStatus: 200,
			ExpectedContent: v.want, NotExpectedContent: v.notWant}).Test(t)
	}
}

// TestATimelineStepPastItsDayIsMarkedOverdue: the first meeting took place five days ago and
// the road-book, due three days before it, was never sent.
func TestATimelineStepPastItsDayIsMarkedOverdue(t *testing.T) {
	t.Parallel()
	metFiveDaysAgo := func(t testing.TB, app *tests.TestApp, _ *core.ServeEvent) {
		m, err := app.FindRecordById("meetings", wid("meetinga"))
		if err != nil {
			t.Fatal(err)
		}
		// five days pass: the meeting, proposed for a time then to come, is now past (a move to
		// the past is refused, hence straight into the database)
		start := time.Now().AddDate(0, 0, -5).UTC()
		if _, err := app.DB().Update("meetings", dbx.Params{"starts_at": start.Format("2006-01-02 15:04:05.000Z"),
			"ends_at": start.Add(time.Hour).Format("2006-01-02 15:04:05.000Z")}, dbx.HashExp{"id": m.Id}).Execute(); err != nil {
			t.Fatal(err)
		}
		if m, err = app.FindRecordById("meetings", wid("meetinga")); err != nil {
			t.Fatal(err)
		}
		m.Set("status", "confirmed")
		if err := app.Save(m); err != nil {
			t.Fatal(err)
		}
	}
	headers, factory := as(seedPairs, "sven")
	(&tests.ApiScenario{Name: "the road-book step", Method: http.MethodGet, URL: "/matches/" + wid("matcha"), Headers: headers,
		TestAppFactory: factory, BeforeTestFunc: metFiveDaysAgo, ExpectedStatus: 200,
		ExpectedContent: []string{`<strong>Road-book sent to the mentor</strong> <span>due`, `<span class="badge late">overdue</span>`}}).Test(t)
	headers, factory = as(seedPairs, "sven")
	(&tests.ApiScenario{Name: "nothing overdue before the meeting", Method: http.MethodGet, URL: "/matches/" + wid("matcha"), Headers: headers,
		TestAppFactory: factory, ExpectedStatus: 200, NotExpectedContent: []string{`badge late`}}).Test(t)
}

// TestMatchPageCarriesThePairsWork: the match page shows the pair's evaluations, goals,
// messages, the viewer's own notes and the ending; private notes and help only for members.
func TestMatchPageCarriesThePairsWork(t *testing.T) {
	t.Parallel()
	a := "/matches/" + wid("matcha")
	for _, v := range []struct {
		person        string
		want, notWant []string
	}{
		{"marie", []string{"To fill in now", "Rewrite the CV", "Hello from Sven", "Marie private note",
			`action="` + a + `/goals"`, `action="` + a + `/messages"`, `action="` + a + `/notes"`, `href="` + a + `/close"`,
			`href="/help?match=` + wid("matcha") + `"`}, []string{"Sven midpoint secret"}},
		{"coord", []string{"Rewrite the CV", "Hello from Sven", `href="` + a + `/close"`},
			[]string{"Marie private note", `id="notes"`, `href="/help?match=`, `action="` + a + `/goals"`}},
	} {
		headers, factory := as(seedWork, v.person)
		(&tests.ApiScenario{Name: v.person + " on the match page", Method: http.MethodGet, URL: a, Headers: headers,
			TestAppFactory: factory, ExpectedStatus: 200, ExpectedContent: v.want, NotExpectedContent: v.notWant}).Test(t)
	}
}
