package pb_hooks_test

import (
	"net/http"
	"testing"

	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/mentoring"
)

var invitationMail = []string{"mentor3@example.com en: Name of mentee1 would like you as their mentor"}

// An invitation a coordinator or the dashboard makes through the REST API asks its mentor to
// answer, as the portal's Invite does, once; a draft pair waits for its publication, and a
// refused invitation tells nobody.
func TestInvitingThroughTheAPIAsksTheMentor(t *testing.T) {
	w := newWorld(t)
	url := "/api/collections/matches/records"
	pair := func(mentor, mentee, status, origin string) string {
		return `{"program":"` + id("alpha") + `","mentor":"` + id(mentor) + `","mentee":"` + id(mentee) + `","status":"` + status +
			`","origin":"` + origin + `","message":"I want to work in law","expires_at":"2027-01-10 00:00:00.000Z"}`
	}
	creates := func(name, who, body string, status int, content string, want []string, texts ...string) tests.ApiScenario {
		s := w.call(name, who, http.MethodPost, url, body, status, []string{content}, nil)
		s.AfterTestFunc = func(t testing.TB, app *tests.TestApp, _ *http.Response) {
			expectMails(t, app, "invitation", want, texts...)
		}
		return s
	}
	run(t, []tests.ApiScenario{
		creates("a coordinator invites for the mentee: the mentor is asked, once", "coorda",
			pair("appmentor3", "appmentee1", "invited", "invitation"), 200, `"status":"invited"`, invitationMail,
			"> I want to work in law", "2027-01-10", "/invitations/"),
		creates("the dashboard invites for them: the same", "superuser", pair("appmentor3", "appmentee1", "invited", "invitation"),
			200, `"status":"invited"`, invitationMail, "> I want to work in law"),
		creates("a draft pair of the coordinators tells nobody", "coorda", pair("appmentor1", "appmentee3", "draft", "coordinator"),
			200, `"status":"draft"`, nil),
		creates("a refused invitation tells nobody: a mentee invites through the portal only", "mentee1",
			pair("appmentor3", "appmentee1", "invited", "invitation"), 400, `"data":{}`, nil),
	})
}

// The portal's Invite asks the mentor once: the record hook is the only one to mail.
func TestInvitingThroughThePortalMailsOnce(t *testing.T) {
	app := newWorld(t).app(t)
	defer app.Cleanup()
	openAlpha(t, app)
	// mentee3's seeded invitation to mentor3 ends, so that mentee3 may invite again
	match3, err := app.FindRecordById("matches", id("match3"))
	if err != nil {
		t.Fatal(err)
	}
	match3.Set("status", "cancelled")
	if err := app.Save(match3); err != nil {
		t.Fatal(err)
	}
	if _, err := mentoring.Invite(app, id("mentee3"), id("appmentor3"), "I want to work in law"); err != nil {
		t.Fatal(err)
	}
	expectMails(t, app, "invitation", []string{"mentor3@example.com en: Name of mentee3 would like you as their mentor"},
		"> I want to work in law", "/invitations/")
}

var acceptedMail = []string{"mentee3@example.com en: Name of mentor3 accepted your invitation"}

// acceptedMentorMail is the mentor's own record of an accepted invitation: whom they now
// mentor and how to reach them.
var acceptedMentorMail = []string{"mentor3@example.com en: You are now Name of mentee3's mentor"}

// match3 is mentee3's invitation to mentor3: accepted through the REST API (a coordinator or
// the dashboard, as a member cannot), the mentee gets the mentor's words and contact details
// and the mentor the mentee's, once each, as through the portal; a published draft is no
// accepted invitation.
func TestAcceptingAnInvitationThroughTheAPITellsTheMentee(t *testing.T) {
	w := newWorld(t)
	accepts := func(name, who, match string, status int, content string, want []string, texts ...string) tests.ApiScenario {
		s := w.call(name, who, http.MethodPatch, "/api/collections/matches/records/"+id(match),
			`{"status":"active","response":"Happy to help"}`, status, []string{content}, nil)
		s.AfterTestFunc = func(t testing.TB, app *tests.TestApp, _ *http.Response) {
			expectMails(t, app, "invitation_accepted", want, texts...)
			var mentor []string
			if want != nil {
				mentor = acceptedMentorMail
			}
			expectMails(t, app, "invitation_accepted_mentor", mentor, "mentee3@example.com", "/matches/"+id(match))
		}
		return s
	}
	run(t, []tests.ApiScenario{
		accepts("a coordinator accepts for the mentor: the mentee is told, once", "coorda", "match3", 200, `"status":"active"`,
			acceptedMail, "> Happy to help", "mentor3@example.com", "/matches/"+id("match3")),
		accepts("the dashboard accepts: the same", "superuser", "match3", 200, `"status":"active"`,
			acceptedMail, "> Happy to help", "mentor3@example.com"),
		accepts("the mentor cannot accept through the API: nobody is told", "mentor3", "match3", 404, `"data":{}`, nil),
		accepts("a published draft is no accepted invitation", "coorda", "matchdraft", 200, `"status":"active"`, nil),
	})
}

// The portal's Respond tells the mentee and the mentor once each: the record hook is the only
// one to mail.
func TestAcceptingAnInvitationThroughThePortalMailsOnce(t *testing.T) {
	app := newWorld(t).app(t)
	defer app.Cleanup()
	if err := mentoring.Respond(app, id("mentor3"), id("match3"), true, "Happy to help"); err != nil {
		t.Fatal(err)
	}
	expectMails(t, app, "invitation_accepted", acceptedMail, "> Happy to help", "mentor3@example.com")
	expectMails(t, app, "invitation_accepted_mentor", acceptedMentorMail, "mentee3@example.com")
}

var publishedMails = []string{
	"mentee3@example.com en: Your mentoring pair in Alpha",
	"mentor2@example.com en: Your mentoring pair in Alpha",
}

// matchdraft is the coordinators' draft pair mentor2/mentee3: published through the REST API
// or the dashboard, both members learn who their partner is, once each, as through the
// portal's Publish; a publication refused for want of a seat tells nobody.
func TestPublishingADraftThroughTheAPITellsBothMembers(t *testing.T) {
	w := newWorld(t)
	publishes := func(name, who, match string, status int, content string, want []string, texts ...string) tests.ApiScenario {
		s := w.call(name, who, http.MethodPatch, "/api/collections/matches/records/"+id(match), `{"status":"active"}`,
			status, []string{content}, nil)
		s.AfterTestFunc = func(t testing.TB, app *tests.TestApp, _ *http.Response) {
			expectMails(t, app, "match_published", want, texts...)
		}
		return s
	}
	run(t, []tests.ApiScenario{
		publishes("a coordinator publishes: both members are told, once", "coorda", "matchdraft", 200, `"status":"active"`,
			publishedMails, "/matches/"+id("matchdraft")),
		publishes("the dashboard publishes: the same", "superuser", "matchdraft", 200, `"status":"active"`, publishedMails),
		withSetup(publishes("a mentor without a seat: refused, nobody is told", "coorda", "matchdraft", 400,
			`"code":"mentoring.error.capacity_full"`, nil), setCapacity("appmentor2", 1)),
		publishes("an accepted invitation is no publication", "coorda", "match3", 200, `"status":"active"`, nil),
	})
}

// The portal's Publish tells each member of the published draft once: the record hook is the
// only one to mail.
func TestPublishingThroughThePortalMailsOnce(t *testing.T) {
	app := newWorld(t).app(t)
	defer app.Cleanup()
	if n, err := mentoring.Publish(app, id("coorda"), id("alpha")); err != nil || n != 1 {
		t.Fatalf("published %d: %v", n, err)
	}
	expectMails(t, app, "match_published", publishedMails, "/matches/"+id("matchdraft"))
}
