package pb_hooks_test

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/kernel"
)

// The mentoring agreement through the REST API, on the world of rules_seed_test.go (match1:
// mentor1 and mentee1, active): a member writes terms and thereby confirms them, never for the
// partner; coordinators follow but do not write; bad terms are refused whoever saves them.
func TestAgreementRulesHoldThroughTheAPI(t *testing.T) {
	w := newWorld(t)
	match1 := "/api/collections/matches/records/" + id("match1")
	terms := `{"agreement":{"frequency":"monthly","modes":["video"],"expectations":"Prepare a CV",` +
		`"proposed_by":"` + id("mentor1") + `","confirmed":{"mentor":"2026-01-01T00:00:00Z"}}}`
	stored := func(t testing.TB, app core.App) kernel.Agreement {
		m, err := app.FindRecordById("matches", id("match1"))
		if err != nil {
			t.Fatal(err)
		}
		a, _ := kernel.ReadAgreement(m)
		return a
	}
	mentorWrote := func(t testing.TB, app *tests.TestApp, _ *core.ServeEvent) {
		m, _ := app.FindRecordById("matches", id("match1"))
		a := kernel.Agreement{Frequency: "monthly", Modes: []string{"video"}, Expectations: "Prepare a CV", ProposedBy: id("mentor1")}
		a.Confirm("mentor", time.Now())
		a.Store(m)
		if err := app.Save(m); err != nil {
			t.Fatal(err)
		}
	}
	mailsTo := func(t testing.TB, app core.App, person string) int64 {
		n, _ := app.CountRecords("outbox", dbx.HashExp{"kind": "agreement_proposed", "to": person + "@example.com"})
		return int64(n)
	}
	scenarios := []tests.ApiScenario{
		{Name: "a member writes terms: they count as the writer's, the forged confirmation is dropped, the partner is mailed",
			Method: http.MethodPatch, URL: match1, Body: strings.NewReader(terms), Headers: w.headers("mentee1"), ExpectedStatus: 200,
			ExpectedContent: []string{`"frequency":"monthly"`},
			AfterTestFunc: func(t testing.TB, app *tests.TestApp, _ *http.Response) {
				a := stored(t, app)
				if !a.ConfirmedBy("mentee") || a.ConfirmedBy("mentor") || a.ProposedBy != id("mentee1") {
					t.Errorf("want terms written and confirmed by the mentee only, got %+v", a)
				}
				if mailsTo(t, app, "mentor1") != 1 || mailsTo(t, app, "mentee1") != 0 {
					t.Fatal("want one agreement mail, to the mentor")
				}
				mail, err := app.FindFirstRecordByData("outbox", "kind", "agreement_proposed")
				if err != nil {
					t.Fatal(err)
				}
				if text := mail.GetString("text"); !strings.Contains(text, "Every month") || !strings.Contains(text, "Video call") ||
					!strings.Contains(text, "> Prepare a CV") {
					t.Errorf("the mail does not carry the terms:\n%s", text)
				}
			}},
		{Name: "the partner sends the same terms: both have confirmed, nobody is mailed again",
			Method: http.MethodPatch, URL: match1, BeforeTestFunc: mentorWrote, Headers: w.headers("mentee1"), ExpectedStatus: 200,
			Body:            strings.NewReader(`{"agreement":{"frequency":"monthly","modes":["video"],"expectations":"Prepare a CV"}}`),
			ExpectedContent: []string{`"proposed_by":"` + id("mentor1") + `"`},
			AfterTestFunc: func(t testing.TB, app *tests.TestApp, _ *http.Response) {
				if a := stored(t, app); !a.ConfirmedBy("mentee") || !a.ConfirmedBy("mentor") || a.ProposedBy != id("mentor1") {
					t.Errorf("want the mentor's terms confirmed by both, got %+v", a)
				}
				// the one mail is the mentor's writing, before the scenario
				if mailsTo(t, app, "mentor1") != 0 || mailsTo(t, app, "mentee1") != 1 {
					t.Error("confirming the same terms mailed someone again")
				}
			}},
		{Name: "other terms drop the partner's confirmation", Method: http.MethodPatch, URL: match1, BeforeTestFunc: mentorWrote,
			Body:    strings.NewReader(`{"agreement":{"frequency":"weekly","modes":["phone"],"expectations":""}}`),
			Headers: w.headers("mentee1"), ExpectedStatus: 200, ExpectedContent: []string{`"frequency":"weekly"`},
			AfterTestFunc: func(t testing.TB, app *tests.TestApp, _ *http.Response) {
				if a := stored(t, app); a.ConfirmedBy("mentor") || !a.ConfirmedBy("mentee") {
					t.Errorf("want only the mentee's confirmation of the new terms, got %+v", a)
				}
			}},
		{Name: "a member cannot set the partner's acceptance time", Method: http.MethodPatch, URL: match1,
			Body: strings.NewReader(`{"mentor_agreed_at":"2026-01-01 00:00:00Z"}`), Headers: w.headers("mentee1"), ExpectedStatus: 400,
			ExpectedContent: []string{"set by the portal"}},
		{Name: "a coordinator does not write the pair's agreement", Method: http.MethodPatch, URL: match1,
			Body: strings.NewReader(terms), Headers: w.headers("coorda"), ExpectedStatus: 400, ExpectedContent: []string{"member of an active pair"}},
		{Name: "another pair's member cannot see the match", Method: http.MethodPatch, URL: match1,
			Body: strings.NewReader(terms), Headers: w.headers("mentee2"), ExpectedStatus: 404,
			ExpectedContent: []string{"wasn't found"}},
		{Name: "unknown frequency is refused", Method: http.MethodPatch, URL: match1, Headers: w.headers("mentee1"),
			Body: strings.NewReader(`{"agreement":{"frequency":"hourly","modes":["video"]}}`), ExpectedStatus: 400, ExpectedContent: []string{`"agreement"`}},
		{Name: "something that is not an agreement is refused", Method: http.MethodPatch, URL: match1, Headers: w.headers("mentee1"),
			Body: strings.NewReader(`{"agreement":[1,2]}`), ExpectedStatus: 400, ExpectedContent: []string{`"agreement"`}},
	}
	for _, s := range scenarios {
		s.TestAppFactory = w.app
		s.Test(t)
	}
}
