package ui_test

import (
	"net/http"
	neturl "net/url"
	"strings"
	"testing"
	"time"

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

// TestAgreementIsWrittenByOneAndConfirmedByTheOther: the mentee writes the terms (how often
// and how they meet, what they expect), which confirms them for her and mails the mentor; a
// form with an error keeps what was typed; the mentor confirms the same terms.
func TestAgreementIsWrittenByOneAndConfirmedByTheOther(t *testing.T) {
	t.Parallel()
	url := "/matches/" + wid("matcha") + "/agreement"
	propose := func(confidential bool, frequency string) *strings.Reader {
		v := neturl.Values{"csrf": {csrf}, "intent": {"propose"}, "frequency": {frequency}, "modes": {"video", "phone"},
			"expectations": {"Weekly calls about my CV"}}
		if confidential {
			v.Set("confidentiality", "yes")
		}
		return strings.NewReader(v.Encode())
	}
	agreement := func(t testing.TB, app core.App) (kernel.Agreement, bool) {
		m, err := app.FindRecordById("matches", wid("matcha"))
		if err != nil {
			t.Fatal(err)
		}
		return kernel.ReadAgreement(m)
	}
	nothingStored := func(t testing.TB, app *tests.TestApp, _ *http.Response) {
		if _, ok := agreement(t, app); ok {
			t.Error("terms were stored from a form with an error")
		}
	}
	menteeWrote := func(t testing.TB, app *tests.TestApp, _ *core.ServeEvent) {
		terms := kernel.Agreement{Frequency: "fortnightly", Modes: []string{"video"}, Expectations: "Weekly calls about my CV"}
		if err := workspace.Agree(app, wid("sven"), wid("matcha"), &terms); err != nil {
			t.Fatal(err)
		}
	}
	type post struct {
		name, person string
		body         *strings.Reader
		before       func(testing.TB, *tests.TestApp, *core.ServeEvent)
		status       int
		want         []string
		after        func(testing.TB, *tests.TestApp, *http.Response)
	}
	posts := []post{
		{name: "without the confidentiality promise: an error beside it, the terms typed kept", person: "sven",
			body: propose(false, "weekly"), status: 422, after: nothingStored,
			want: []string{"Please fill in this field.", "Weekly calls about my CV", `value="weekly" checked`, `value="phone" checked`}},
		{name: "without a frequency: an error beside it", person: "sven", body: propose(true, ""), status: 422, after: nothingStored,
			want: []string{"Please fill in this field.", "Weekly calls about my CV"}},
		{name: "the mentee writes the terms: confirmed for her, the mentor is mailed", person: "sven", body: propose(true, "weekly"), status: 303,
			after: func(t testing.TB, app *tests.TestApp, _ *http.Response) {
				a, ok := agreement(t, app)
				if !ok || a.Frequency != "weekly" || len(a.Modes) != 2 || !a.ConfirmedBy("mentee") || a.ConfirmedBy("mentor") {
					t.Errorf("want weekly terms confirmed by the mentee only, got %+v", a)
				}
				queuedMail(t, app, "agreement_proposed", "marie@example.org")
			}},
		{name: "the mentor confirms them", person: "marie", before: menteeWrote, status: 303,
			body: form(true, "intent", "accept", "confidentiality", "yes"),
			after: func(t testing.TB, app *tests.TestApp, _ *http.Response) {
				if a, _ := agreement(t, app); !a.ConfirmedBy("mentor") || !a.ConfirmedBy("mentee") || a.Frequency != "fortnightly" {
					t.Errorf("want the mentee's terms confirmed by both, got %+v", a)
				}
			}},
		{name: "another pair's member", person: "bob", body: propose(true, "weekly"), status: 404, want: []string{"Page not found"}},
	}
	for _, p := range posts {
		headers, factory := as(seedPairs, p.person)
		(&tests.ApiScenario{Name: p.name, Method: http.MethodPost, URL: url, Body: p.body, Headers: headers,
			TestAppFactory: factory, BeforeTestFunc: p.before, ExpectedStatus: p.status, ExpectedContent: p.want,
			AfterTestFunc: p.after}).Test(t)
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
		start := time.Now().AddDate(0, 0, -5).UTC()
		m.Load(map[string]any{"starts_at": start, "ends_at": start.Add(time.Hour)})
		if err := app.Save(m); err != nil {
			t.Fatal(err)
		}
		// a fresh copy: the hook compares with the record as loaded, and m was loaded before the move
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
