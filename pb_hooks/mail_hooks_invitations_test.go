package pb_hooks_test

import (
	"net/http"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/mentoring"
)

// An invitation that ends by expiry or by a withdrawal tells the same people once, whatever
// ended it: the expiry cron job or the REST API, the portal's withdrawal or a coordinator
// cancelling after one. On the rules world match3 is mentee3's invitation to mentor3.

var invitationExpiredMails = []string{
	"mentee3@example.com en: An invitation has expired",
	"mentor3@example.com en: An invitation has expired",
}

func TestExpiringAnInvitationThroughTheAPITellsBoth(t *testing.T) {
	w := newWorld(t)
	expires := func(name, who, match string, status int, content string, want []string) tests.ApiScenario {
		s := w.call(name, who, http.MethodPatch, "/api/collections/matches/records/"+id(match), `{"status":"expired"}`,
			status, []string{content}, nil)
		s.AfterTestFunc = func(t testing.TB, app *tests.TestApp, _ *http.Response) {
			expectMails(t, app, "invitation_expired", want, "Alpha")
		}
		return s
	}
	run(t, []tests.ApiScenario{
		expires("a coordinator expires it: mentee and mentor told, once", "coorda", "match3", 200, `"status":"expired"`, invitationExpiredMails),
		expires("the dashboard expires it: the same", "superuser", "match3", 200, `"status":"expired"`, invitationExpiredMails),
		expires("the mentee cannot expire it: nobody is told", "mentee3", "match3", 404, `"data":{}`, nil),
		expires("an active pair does not expire: nobody is told", "coorda", "match1", 400, `"data":{"status"`, nil),
	})
}

// The cron job's expiry is told by the same record hook, once.
func TestExpiringThroughTheCronJobMailsOnce(t *testing.T) {
	app := newWorld(t).app(t)
	defer app.Cleanup()
	match, err := app.FindRecordById("matches", id("match3"))
	if err != nil {
		t.Fatal(err)
	}
	match.Set("expires_at", time.Now().Add(-time.Hour))
	if err := app.Save(match); err != nil {
		t.Fatal(err)
	}
	if n, err := mentoring.ExpireInvitations(app, time.Now()); err != nil || n != 1 {
		t.Fatalf("expired %d: %v", n, err)
	}
	expectMails(t, app, "invitation_expired", invitationExpiredMails, "Alpha")
}

var mentorWithdrewMail = []string{"mentee3@example.com en: Your invitation to Name of mentor3 is closed"}

// A mentor who withdraws closes the invitations waiting on them: the mentee is sent, once, to
// choose another mentor, and the mentor is not thanked for their own withdrawal.
func TestAMentorWithdrawingTellsTheMenteeOnce(t *testing.T) {
	app := newWorld(t).app(t)
	defer app.Cleanup()
	if err := mentoring.WithdrawApplication(app, id("mentor3"), id("appmentor3")); err != nil {
		t.Fatal(err)
	}
	expectMails(t, app, "invitation_mentor_withdrew", mentorWithdrewMail, "/programs/alpha/mentors")
	expectMails(t, app, "invitation_closed", nil)
}

// A mentee who withdraws: the mentor they invited is thanked once, told why; the draft pair
// mentor2/mentee3 was never shown and tells nobody.
func TestAMenteeWithdrawingTellsTheMentorOnce(t *testing.T) {
	app := newWorld(t).app(t)
	defer app.Cleanup()
	if err := mentoring.WithdrawApplication(app, id("mentee3"), id("appmentee3")); err != nil {
		t.Fatal(err)
	}
	expectMails(t, app, "invitation_closed", invitationClosedMail, "Name of mentee3 has withdrawn from Alpha")
	expectMails(t, app, "invitation_mentor_withdrew", nil)
}

// A coordinator who cancels through the API an invitation whose mentor has withdrawn tells the
// mentee what the portal's withdrawal would have.
func TestCancellingAfterTheMentorWithdrewTellsTheMentee(t *testing.T) {
	w := newWorld(t)
	s := withSetup(w.call("the coordinator cancels", "coorda", http.MethodPatch, "/api/collections/matches/records/"+id("match3"),
		`{"status":"cancelled"}`, 200, []string{`"status":"cancelled"`}, nil), func(t testing.TB, app *tests.TestApp) {
		application, err := app.FindRecordById("applications", id("appmentor3"))
		if err != nil {
			t.Fatal(err)
		}
		application.Set("status", "withdrawn")
		if err := app.Save(application); err != nil {
			t.Fatal(err)
		}
	})
	s.AfterTestFunc = func(t testing.TB, app *tests.TestApp, _ *http.Response) {
		expectMails(t, app, "invitation_mentor_withdrew", mentorWithdrewMail, "/programs/alpha/mentors")
		expectMails(t, app, "invitation_closed", nil)
	}
	run(t, []tests.ApiScenario{s})
}
