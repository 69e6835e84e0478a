package ui_test

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

// TestClosingAsksBothForTheFinalEvaluation: a member closes the relationship with a reason;
// both are e-mailed in their language with a link to the final evaluation, which is due for
// both at once; the pair can no longer add to its work.
func TestClosingAsksBothForTheFinalEvaluation(t *testing.T) {
	t.Parallel()
	a := "/matches/" + wid("matcha")
	headers, factory := as(seedWork, "sven")
	(&tests.ApiScenario{Name: "a reason is needed", Method: http.MethodPost, URL: a + "/close", Body: form(true, "reason", " "),
		Headers: headers, TestAppFactory: factory, ExpectedStatus: http.StatusUnprocessableEntity,
		ExpectedContent: []string{`id="f-reason"`, "Veuillez corriger"},
		AfterTestFunc: func(t testing.TB, app *tests.TestApp, _ *http.Response) {
			if record(t, app, "matches", wid("matcha")).GetString("status") != "active" || countMails(t, app, "match_closed") != 0 {
				t.Error("closed without a reason")
			}
		}}).Test(t)

	headers, factory = as(seedWork, "sven")
	(&tests.ApiScenario{Name: "the mentee closes", Method: http.MethodPost, URL: a + "/close", Body: form(true, "reason", "I found a job"),
		Headers: headers, TestAppFactory: factory, ExpectedStatus: http.StatusSeeOther,
		AfterTestFunc: func(t testing.TB, app *tests.TestApp, _ *http.Response) {
			match := record(t, app, "matches", wid("matcha"))
			if match.GetString("status") != "closed" || match.GetDateTime("ended_at").IsZero() || match.GetString("end_reason") != "I found a job" {
				t.Fatalf("match %s ended %s because %q", match.GetString("status"), match.GetDateTime("ended_at"), match.GetString("end_reason"))
			}
			if n := countMails(t, app, "match_closed"); n != 2 {
				t.Errorf("%d closing mails, want 2", n)
			}
			for to, subject := range map[string]string{"marie@example.org": "Your mentoring with Sven Person has ended",
				"sven@example.org": "Votre mentorat avec Marie Person a pris fin"} {
				mail := queuedMail(t, app, "match_closed", to)
				if mail.GetString("subject") != subject || !strings.Contains(mail.GetString("text"), a+"/evaluations/final") ||
					!strings.Contains(mail.GetString("text"), "I found a job") {
					t.Errorf("mail to %s: %s\n%s", to, mail.GetString("subject"), mail.GetString("text"))
				}
			}
			pair, err := kernel.FindPair(app, wid("matcha"))
			if err != nil {
				t.Fatal(err)
			}
			dues, err := workspace.DuesFor(app, pair, time.Now())
			if err != nil {
				t.Fatal(err)
			}
			open := map[string]bool{}
			for _, d := range dues {
				if d.Form.Kind == workspace.EvaluationFinal && d.Open(time.Now()) {
					open[d.Role] = true
				}
			}
			if !open[workspace.RoleMentor] || !open[workspace.RoleMentee] {
				t.Errorf("final evaluation due for %v, want both", open)
			}
			meetings, err := workspace.Meetings(app, pair.Match.Id)
			if err != nil {
				t.Fatal(err)
			}
			progress, err := workspace.Timeline(app, pair, meetings)
			var steps []workspace.Step // the timeline's evaluation steps
			for _, step := range progress.Steps {
				switch step.Key {
				case workspace.StepFirstInterview, workspace.StepMidpoint, workspace.StepFinal:
					steps = append(steps, step)
				}
			}
			if err != nil || len(steps) != 3 || steps[2].Key != workspace.StepFinal || !steps[2].Due.Equal(match.GetDateTime("ended_at").Time()) {
				t.Errorf("steps %+v (%v)", steps, err)
			}
		}}).Test(t)

	headers, factory = as(seedWork, "coord")
	(&tests.ApiScenario{Name: "a coordinator closes too", Method: http.MethodPost, URL: a + "/close", Body: form(true, "reason", "The mentor left"),
		Headers: headers, TestAppFactory: factory, ExpectedStatus: http.StatusSeeOther,
		AfterTestFunc: func(t testing.TB, app *tests.TestApp, _ *http.Response) {
			if record(t, app, "matches", wid("matcha")).GetString("status") != "closed" || countMails(t, app, "match_closed") != 2 {
				t.Error("the coordinator could not close the match")
			}
		}}).Test(t)

	for _, v := range []struct {
		name, person, method, url string
		status                    int
		want                      []string
	}{
		{"after closing, the mentor gets the final evaluation form", "marie", http.MethodGet, a + "/evaluations/final", 200,
			[]string{"How useful was the mentoring for you?", `action="` + a + `/evaluations/final"`}},
		{"after closing, the section shows it due for the mentee", "sven", http.MethodGet, a + "/evaluations", 200,
			[]string{"Évaluation finale", "À remplir maintenant", "Votre avis sur le programme"}},
		{"after closing, no more goals", "sven", http.MethodPost, a + "/goals", http.StatusForbidden, []string{"<html"}},
		{"after closing, the end section tells why", "marie", http.MethodGet, a + "/close", 200, []string{"I found a job", "The mentoring ended on"}},
	} {
		headers, factory := as(seedWork, v.person)
		s := tests.ApiScenario{Name: v.name, Method: v.method, URL: v.url, Headers: headers,
			ExpectedStatus: v.status, ExpectedContent: v.want,
			TestAppFactory: func(t testing.TB) *tests.TestApp {
				app := factory(t)
				if err := workspace.CloseMatch(app, wid("sven"), wid("matcha"), "I found a job"); err != nil {
					t.Fatal(err)
				}
				return app
			}}
		if v.method == http.MethodPost {
			s.Body = form(true, "goal_title", "Too late")
		}
		s.Test(t)
	}

	headers, factory = as(seedWork, "marie")
	(&tests.ApiScenario{Name: "the confirmation page asks for the reason", Method: http.MethodGet, URL: a + "/close",
		Headers: headers, TestAppFactory: factory, ExpectedStatus: 200,
		ExpectedContent: []string{`action="` + a + `/close"`, "Why does the mentoring end?", "final evaluation"}}).Test(t)
}
