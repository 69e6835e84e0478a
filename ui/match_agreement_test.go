package ui_test

import (
	"net/http"
	neturl "net/url"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

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
