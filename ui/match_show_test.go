package ui_test

import (
	"net/http"
	"testing"

	"github.com/pocketbase/pocketbase/tests"
)

func TestMatchPageIsForItsMembersAndCoordinatorsOnly(t *testing.T) {
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
				"has not sent the road-book yet", `href="/meetings/` + wid("meetinga") + `.ics"`},
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
		headers, factory := asPerson(v.person)
		s := tests.ApiScenario{Name: v.name, Method: http.MethodGet, URL: page, Headers: headers,
			TestAppFactory: factory, ExpectedStatus: v.status, ExpectedContent: v.want, NotExpectedContent: v.notWant}
		s.Test(t)
	}
}

func TestAgreementIsRecordedOnceEveryPointIsTicked(t *testing.T) {
	url := "/matches/" + wid("matcha") + "/agreement"
	headers, factory := asPerson("sven", "Content-Type", "application/x-www-form-urlencoded")
	(&tests.ApiScenario{Name: "a missing point is an error beside it", Method: http.MethodPost, URL: url,
		Body: form(true, "frequency", "yes", "modes", "yes"), Headers: headers, TestAppFactory: factory,
		ExpectedStatus: 422, ExpectedContent: []string{"Please fill in this field."},
		AfterTestFunc: func(t testing.TB, app *tests.TestApp, _ *http.Response) {
			if m, _ := app.FindRecordById("matches", wid("matcha")); !m.GetDateTime("mentee_agreed_at").IsZero() {
				t.Error("agreement recorded without confidentiality")
			}
		}}).Test(t)
	headers, factory = asPerson("sven", "Content-Type", "application/x-www-form-urlencoded")
	(&tests.ApiScenario{Name: "all points ticked", Method: http.MethodPost, URL: url,
		Body: form(true, "frequency", "yes", "modes", "yes", "confidentiality", "yes"), Headers: headers, TestAppFactory: factory,
		ExpectedStatus: 303,
		AfterTestFunc: func(t testing.TB, app *tests.TestApp, _ *http.Response) {
			m, _ := app.FindRecordById("matches", wid("matcha"))
			if m.GetDateTime("mentee_agreed_at").IsZero() || !m.GetDateTime("mentor_agreed_at").IsZero() {
				t.Error("want the mentee's agreement only")
			}
		}}).Test(t)
	headers, factory = asPerson("bob", "Content-Type", "application/x-www-form-urlencoded")
	(&tests.ApiScenario{Name: "another pair's member", Method: http.MethodPost, URL: url,
		Body: form(true, "frequency", "yes", "modes", "yes", "confidentiality", "yes"), Headers: headers, TestAppFactory: factory,
		ExpectedStatus: 404, ExpectedContent: []string{"Page not found"}}).Test(t)
}
