package pb_hooks_test

import (
	"net/http"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/apptest"
	"github.com/mentorbase/mentorbase/mentoring"
)

// requireApproval makes alpha a programme whose coordinators decide on each application.
func requireApproval(t testing.TB, app *tests.TestApp) {
	alpha, err := app.FindRecordById("programs", id("alpha"))
	if err != nil {
		t.Fatal(err)
	}
	alpha.Set("requires_approval", true)
	if err := app.Save(alpha); err != nil {
		t.Fatal(err)
	}
}

// submitStranger seeds the stranger's submitted application to alpha, as the REST API leaves
// it in a programme without approval; its id is "appstranger".
func submitStranger(t testing.TB, app *tests.TestApp) {
	apptest.Build(t, app).Record("applications", map[string]any{"id": id("appstranger"), "program": id("alpha"),
		"user": id("stranger"), "role": "mentee", "status": "submitted"})
}

// openAlpha moves alpha's dates around now, so that it takes applications.
func openAlpha(t testing.TB, app *tests.TestApp) {
	alpha, err := app.FindRecordById("programs", id("alpha"))
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now().UTC()
	for field, days := range map[string]int{"applications_open_at": -1, "applications_close_at": 10, "starts_at": 20,
		"midpoint_at": 40, "ends_at": 60} {
		alpha.Set(field, now.AddDate(0, 0, days))
	}
	if err := app.Save(alpha); err != nil {
		t.Fatal(err)
	}
}

var receivedMail = []string{"stranger@example.com en: We received your application to Alpha"}

// An application submitted or approved at once through the REST API or the dashboard is
// acknowledged as the portal's is, once; a refused one tells nobody.
func TestApplyingThroughTheAPIAcknowledgesTheApplication(t *testing.T) {
	w := newWorld(t)
	url := "/api/collections/applications/records"
	apply := `{"program":"` + id("alpha") + `","user":"` + id("stranger") + `","role":"mentee","status":"submitted"}`
	call := func(name, who, method, url, body string, status int, content string, setup func(testing.TB, *tests.TestApp),
		want []string, texts ...string) tests.ApiScenario {
		s := withSetup(w.call(name, who, method, url, body, status, []string{content}, nil), setup)
		s.AfterTestFunc = func(t testing.TB, app *tests.TestApp, _ *http.Response) {
			expectMails(t, app, "application_received", want, texts...)
		}
		return s
	}
	accepted := func(t testing.TB, app *tests.TestApp) { requireApproval(t, app); acceptAlpha("1")(t, app) }
	run(t, []tests.ApiScenario{
		call("the applicant submits: told the coordinators will review it", "stranger", http.MethodPost, url, apply, 200,
			`"status":"submitted"`, accepted, receivedMail, "The coordinators will review your application", "/me"),
		call("the dashboard submits for them: the same", "superuser", http.MethodPost, url, apply, 200,
			`"status":"submitted"`, accepted, receivedMail, "The coordinators will review your application"),
		call("a refused application tells nobody", "stranger", http.MethodPost, url, apply, 400,
			`"code":"mentoring.error.charter_not_accepted"`, requireApproval, nil),
		call("approved where no approval is needed: told it is approved", "coorda", http.MethodPatch, url+"/"+id("appstranger"),
			`{"status":"approved"}`, 200, `"status":"approved"`, submitStranger, receivedMail, "Your application is approved"),
	})
}

// The portal's Apply acknowledges once, whether the application waits for the coordinators or
// is approved at once: the record hook is the only one to mail.
func TestApplyingThroughThePortalMailsOnce(t *testing.T) {
	for _, c := range []struct {
		name     string
		approval bool
		text     string
	}{
		{"approval needed", true, "The coordinators will review your application"},
		{"approved at once", false, "Your application is approved"},
	} {
		t.Run(c.name, func(t *testing.T) {
			app := newWorld(t).app(t)
			defer app.Cleanup()
			openAlpha(t, app)
			if c.approval {
				requireApproval(t, app)
			}
			acceptAlpha("1")(t, app)
			form := mentoring.ApplicationForm{Languages: []string{"en"}, MeetingModes: []string{"video"}, Motivation: "To learn", Consent: true}
			if _, err := mentoring.Apply(app, id("stranger"), id("alpha"), "mentee", form); err != nil {
				t.Fatal(err)
			}
			expectMails(t, app, "application_received", receivedMail, c.text)
		})
	}
}

var decisionMail = []string{"mentee2@example.com en: Your application to Alpha"}

// A decision a coordinator or the dashboard records through the REST API is told to the
// applicant, with the message the dashboard gives (a coordinator's request cannot set that
// hidden field), as the portal's Decide is, once; a save that decides nothing
// tells nobody.
func TestDecidingThroughTheAPITellsTheApplicant(t *testing.T) {
	w := newWorld(t)
	url := "/api/collections/applications/records/"
	decides := func(name, who, application, body string, status int, content string, want []string, texts ...string) tests.ApiScenario {
		s := w.call(name, who, http.MethodPatch, url+id(application), body, status, []string{content}, nil)
		s.AfterTestFunc = func(t testing.TB, app *tests.TestApp, _ *http.Response) {
			expectMails(t, app, "application_decision", want, texts...)
		}
		return s
	}
	atOnce := withSetup(decides("an approval where none is needed is the receipt, no decision", "coorda", "appstranger",
		`{"status":"approved"}`, 200, `"status":"approved"`, nil), submitStranger)
	atOnce.AfterTestFunc = func(t testing.TB, app *tests.TestApp, _ *http.Response) {
		expectMails(t, app, "application_decision", nil)
		expectMails(t, app, "application_received", receivedMail)
	}
	run(t, []tests.ApiScenario{
		decides("the coordinator waitlists: told, once", "coorda", "appmentee2", `{"status":"waitlisted"}`,
			200, `"status":"waitlisted"`, decisionMail, "on the waiting list", "/me"),
		decides("the dashboard rejects with a message: told why", "superuser", "appmentee2",
			`{"status":"rejected","decision_message":"We are full"}`, 200, `"status":"rejected"`, decisionMail,
			"could not be accepted", "> We are full"),
		decides("a new message without a new decision tells nobody", "superuser", "appmentee2", `{"decision_message":"Welcome"}`,
			200, `"decision_message":"Welcome"`, nil),
		decides("the applicant cannot decide: nobody is told", "mentee2", "appmentee2", `{"status":"rejected"}`,
			404, `"data":{}`, nil),
		atOnce,
	})
}

// The portal's Decide tells the applicant once: the record hook is the only one to mail.
func TestDecidingThroughThePortalMailsOnce(t *testing.T) {
	app := newWorld(t).app(t)
	defer app.Cleanup()
	if err := mentoring.Decide(app, id("coorda"), id("appmentee2"), "waitlisted", "We are full"); err != nil {
		t.Fatal(err)
	}
	expectMails(t, app, "application_decision", decisionMail, "on the waiting list", "> We are full")
}

// statusOf is a match's stored status and who ended it.
func statusOf(t testing.TB, app *tests.TestApp, match string) string {
	record, err := app.FindRecordById("matches", id(match))
	if err != nil {
		t.Fatal(err)
	}
	return record.GetString("status") + " " + record.GetString("ended_by")
}

var withdrawnMail = []string{"mentor3@example.com en: The invitation from Name of mentee3 is closed"}

// mentee3 has invited mentor3 (match3) and is in the coordinators' draft with mentor2
// (matchdraft): withdrawn through the REST API or the dashboard, as through the portal, both
// are cancelled in mentee3's name and only mentor3, who waited for an answer, is told, once.
// An active pair is left for the coordinators.
func TestWithdrawingThroughTheAPICancelsThePendingPairs(t *testing.T) {
	w := newWorld(t)
	withdraws := func(name, who, application string, status int, content string, want map[string]string, mails []string) tests.ApiScenario {
		s := w.call(name, who, http.MethodPatch, "/api/collections/applications/records/"+id(application), `{"status":"withdrawn"}`,
			status, []string{content}, nil)
		s.AfterTestFunc = func(t testing.TB, app *tests.TestApp, _ *http.Response) {
			for match, state := range want {
				if got := statusOf(t, app, match); got != state {
					t.Errorf("%s is %q, want %q", match, got, state)
				}
			}
			expectMails(t, app, "invitation_closed", mails, "Name of mentee3 has withdrawn from Alpha")
		}
		return s
	}
	cancelled := map[string]string{"match3": "cancelled " + id("mentee3"), "matchdraft": "cancelled " + id("mentee3")}
	run(t, []tests.ApiScenario{
		withdraws("the mentee withdraws: the invitation and the draft are cancelled, the mentor told", "mentee3", "appmentee3",
			200, `"status":"withdrawn"`, cancelled, withdrawnMail),
		withdraws("the dashboard withdraws them: the same", "superuser", "appmentee3", 200, `"status":"withdrawn"`,
			cancelled, withdrawnMail),
		withdraws("a refused withdrawal cancels nothing", "stranger", "appmentee3", 404, `"data":{}`,
			map[string]string{"match3": "invited ", "matchdraft": "draft "}, nil),
		withdraws("an active pair is left for the coordinators", "mentee1", "appmentee1", 200, `"status":"withdrawn"`,
			map[string]string{"match1": "active "}, nil),
	})
}

// The portal's WithdrawApplication cancels the same pairs and tells mentor3 once: the record
// hook is the only one to cancel and to mail.
func TestWithdrawingThroughThePortalMailsOnce(t *testing.T) {
	app := newWorld(t).app(t)
	defer app.Cleanup()
	if err := mentoring.WithdrawApplication(app, id("mentee3"), id("appmentee3")); err != nil {
		t.Fatal(err)
	}
	for _, match := range []string{"match3", "matchdraft"} {
		if got := statusOf(t, app, match); got != "cancelled "+id("mentee3") {
			t.Errorf("%s is %q", match, got)
		}
	}
	expectMails(t, app, "invitation_closed", withdrawnMail, "Name of mentee3 has withdrawn from Alpha")
}
