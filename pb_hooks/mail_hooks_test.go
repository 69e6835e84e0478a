package pb_hooks_test

import (
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/mentoring"
	"github.com/mentorbase/mentorbase/workspace"
)

// Closing a match or asking for help through the REST API mails the same people, in the same
// languages, as the portal does, and the portal's own path mails once. The scenarios run on
// the rules world (rules_seed_test.go) with languages set by speakLanguages.

// speakLanguages gives pair 1 and alpha's coordinator their own languages, and alpha (written
// in English) a contact address.
func speakLanguages(t testing.TB, app *tests.TestApp) {
	for person, locale := range map[string]string{"mentor1": "sv", "mentee1": "fr", "coorda": "fr"} {
		user, err := app.FindRecordById("users", id(person))
		if err != nil {
			t.Fatal(err)
		}
		user.Set("locale", locale)
		if err := app.Save(user); err != nil {
			t.Fatal(err)
		}
	}
	alpha, err := app.FindRecordById("programs", id("alpha"))
	if err != nil {
		t.Fatal(err)
	}
	alpha.Set("contact_email", "team@alpha.example")
	if err := app.Save(alpha); err != nil {
		t.Fatal(err)
	}
}

// queued are the outbox mails of kind, as "to locale: subject", sorted.
func queued(t testing.TB, app core.App, kind string) []string {
	mails, err := app.FindAllRecords("outbox", dbx.HashExp{"kind": kind})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range mails {
		got = append(got, m.GetString("to")+" "+m.GetString("locale")+": "+m.GetString("subject"))
	}
	slices.Sort(got)
	return got
}

// expectMails checks that the outbox holds exactly want of kind, and that each text has all of
// texts.
func expectMails(t testing.TB, app core.App, kind string, want []string, texts ...string) {
	t.Helper()
	if got := queued(t, app, kind); !slices.Equal(got, want) {
		t.Errorf("%s mails:\n got %q\nwant %q", kind, got, want)
	}
	mails, _ := app.FindAllRecords("outbox", dbx.HashExp{"kind": kind})
	for _, m := range mails {
		for _, s := range texts {
			if !strings.Contains(m.GetString("text"), s) {
				t.Errorf("mail to %s lacks %q:\n%s", m.GetString("to"), s, m.GetString("text"))
			}
		}
	}
}

var closingMails = []string{
	"mentee1@example.com fr: Votre mentorat avec Name of mentor1 a pris fin",
	"mentor1@example.com sv: Ditt mentorskap med Name of mentee1 har avslutats",
}

func TestClosingAMatchThroughTheAPIMailsBothMembers(t *testing.T) {
	w := newWorld(t)
	url := "/api/collections/matches/records/" + id("match1")
	after := func(endedAt string, want []string, texts ...string) func(testing.TB, *tests.TestApp, *http.Response) {
		return func(t testing.TB, app *tests.TestApp, _ *http.Response) {
			match, err := app.FindRecordById("matches", id("match1"))
			if err != nil {
				t.Fatal(err)
			}
			if got := match.GetDateTime("ended_at"); endedAt == "now" && got.IsZero() || endedAt != "now" && got.String() != endedAt {
				t.Errorf("ended_at %q, want %s", got.String(), endedAt)
			}
			expectMails(t, app, "match_closed", want, texts...)
		}
	}
	closes := func(name, who, body string, status int, content, endedAt string, want []string, texts ...string) tests.ApiScenario {
		s := withSetup(w.call(name, who, http.MethodPatch, url, body, status, []string{content}, nil), speakLanguages)
		s.AfterTestFunc = after(endedAt, want, texts...)
		return s
	}
	alreadyClosed := closes("saving a closed match again mails nobody", "coorda", `{"end_reason":"typo fixed"}`, 200, `"end_reason":"typo fixed"`, "now", nil)
	alreadyClosed.BeforeTestFunc = func(t testing.TB, app *tests.TestApp, _ *core.ServeEvent) {
		speakLanguages(t, app)
		match, _ := app.FindRecordById("matches", id("match1"))
		match.Set("status", "closed")
		match.Set("ended_at", "2026-04-01 00:00:00.000Z")
		if err := app.Save(match); err != nil {
			t.Fatal(err)
		}
		// that closing told both members; only the second save is under test
		if _, err := app.DB().NewQuery("DELETE FROM outbox").Execute(); err != nil {
			t.Fatal(err)
		}
	}
	alreadyClosed.AfterTestFunc = after("2026-04-01 00:00:00.000Z", nil)
	// the status rule refuses the save inside the hook's transaction: the mails go with it
	refused := w.call("a refused closing mails nobody: an invitation is not closed", "coorda", http.MethodPatch,
		"/api/collections/matches/records/"+id("match3"), `{"status":"closed"}`, 400, []string{`"data":{"status"`}, nil)
	refused.AfterTestFunc = func(t testing.TB, app *tests.TestApp, _ *http.Response) { expectMails(t, app, "match_closed", nil) }
	run(t, []tests.ApiScenario{
		closes("the coordinator closes: ended now, both told why in their language", "coorda",
			`{"status":"closed","end_reason":"Moved abroad"}`, 200, `"status":"closed"`, "now", closingMails,
			"Moved abroad", "/matches/"+id("match1")+"/evaluations/final"),
		closes("the dashboard closes with an end date: it is kept", "superuser",
			`{"status":"closed","ended_at":"2026-05-01 12:00:00.000Z"}`, 200, `"status":"closed"`, "2026-05-01 12:00:00.000Z", closingMails,
			"/matches/"+id("match1")+"/evaluations/final"),
		closes("another change mails nobody", "coorda", `{"locked":true}`, 200, `"locked":true`, "", nil),
		closes("a member cannot close through the API", "mentee1", `{"status":"closed"}`, 404, `"data":{}`, "", nil),
		alreadyClosed,
		refused,
	})
}

// The portal's CloseMatch mails each member once: the record hook is the only one to mail.
func TestClosingThroughThePortalMailsOnce(t *testing.T) {
	app := newWorld(t).app(t)
	defer app.Cleanup()
	speakLanguages(t, app)
	if err := workspace.CloseMatch(app, id("mentee1"), id("match1"), "Found a job"); err != nil {
		t.Fatal(err)
	}
	expectMails(t, app, "match_closed", closingMails, "Found a job")
}

var supportMails = []string{
	"coorda@example.com fr: Demande d'aide dans Alpha : Stuck",
	"team@alpha.example en: Help requested in Alpha: Stuck",
}

func TestAskingForHelpThroughTheAPIMailsTheCoordinators(t *testing.T) {
	w := newWorld(t)
	url := "/api/collections/support_requests/records"
	asks := func(name, who, user string, status int, content string, want []string) tests.ApiScenario {
		body := `{"user":"` + id(user) + `","program":"` + id("alpha") + `","match":"` + id("match1") +
			`","topic":"Stuck","body":"We cannot agree on a date","status":"open"}`
		s := withSetup(w.call(name, who, http.MethodPost, url, body, status, []string{content}, nil), speakLanguages)
		s.AfterTestFunc = func(t testing.TB, app *tests.TestApp, _ *http.Response) {
			expectMails(t, app, "support_request", want, "We cannot agree on a date", "/coordinate/alpha/support")
		}
		return s
	}
	run(t, []tests.ApiScenario{
		asks("a member asks: each coordinator and the contact address in their language", "mentee1", "mentee1", 200, `"topic":"Stuck"`, supportMails),
		asks("a refused request mails nobody", "stranger", "stranger", 400, `"data":{}`, nil),
	})
}

// The portal's RequestSupport mails each coordinator once: the record hook is the only one to mail.
func TestAskingForHelpThroughThePortalMailsOnce(t *testing.T) {
	app := newWorld(t).app(t)
	defer app.Cleanup()
	speakLanguages(t, app)
	_, err := workspace.RequestSupport(app, id("mentee1"), workspace.SupportRequest{
		ProgramID: id("alpha"), MatchID: id("match1"), Topic: "Stuck", Body: "We cannot agree on a date"})
	if err != nil {
		t.Fatal(err)
	}
	expectMails(t, app, "support_request", supportMails, "We cannot agree on a date")
}

var invitationClosedMail = []string{"mentor3@example.com en: The invitation from Name of mentee3 is closed"}

// match3 is mentee3's invitation to mentor3: cancelled through the API or the dashboard, the
// mentor is told once, in the words that fit who cancelled it.
func TestCancellingAnInvitationThroughTheAPITellsTheMentor(t *testing.T) {
	w := newWorld(t)
	cancels := func(name, who, match string, status int, content string, want []string, texts ...string) tests.ApiScenario {
		s := w.call(name, who, http.MethodPatch, "/api/collections/matches/records/"+id(match), `{"status":"cancelled"}`,
			status, []string{content}, nil)
		s.AfterTestFunc = func(t testing.TB, app *tests.TestApp, _ *http.Response) {
			expectMails(t, app, "invitation_closed", want, texts...)
		}
		return s
	}
	run(t, []tests.ApiScenario{
		cancels("the mentee cancels: the mentor is thanked, once", "mentee3", "match3", 200, `"status":"cancelled"`,
			invitationClosedMail, "Name of mentee3 has withdrawn their invitation to you in Alpha", "/me"),
		cancels("the dashboard cancels: the mentor learns the coordinators closed it", "superuser", "match3", 200, `"status":"cancelled"`,
			invitationClosedMail, "The coordinators of Alpha have closed the invitation from Name of mentee3"),
		cancels("a coordinator cancels: the same", "coorda", "match3", 200, `"status":"cancelled"`,
			invitationClosedMail, "The coordinators of Alpha have closed the invitation from Name of mentee3"),
		cancels("cancelling an active pair is no invitation closed", "coorda", "match1", 200, `"status":"cancelled"`, nil),
		cancels("a refused cancellation mails nobody", "stranger", "match3", 404, `"data":{}`, nil),
	})
}

// The portal's CancelInvitation tells the mentor once: the record hook is the only one to mail.
func TestCancellingAnInvitationThroughThePortalMailsOnce(t *testing.T) {
	app := newWorld(t).app(t)
	defer app.Cleanup()
	if err := mentoring.CancelInvitation(app, id("mentee3"), id("match3")); err != nil {
		t.Fatal(err)
	}
	expectMails(t, app, "invitation_closed", invitationClosedMail, "Name of mentee3 has withdrawn their invitation to you in Alpha")
}

var invitationDeclinedMail = []string{"mentee3@example.com en: Your invitation to Name of mentor3"}

// match3 is mentee3's invitation to mentor3: declined through the API or the dashboard, the
// mentee is told once, with the mentor's reason.
func TestDecliningAnInvitationThroughTheAPITellsTheMentee(t *testing.T) {
	w := newWorld(t)
	declines := func(name, who, match string, status int, content string, want []string, texts ...string) tests.ApiScenario {
		s := w.call(name, who, http.MethodPatch, "/api/collections/matches/records/"+id(match),
			`{"status":"declined","response":"My calendar is full"}`, status, []string{content}, nil)
		s.AfterTestFunc = func(t testing.TB, app *tests.TestApp, _ *http.Response) {
			expectMails(t, app, "invitation_declined", want, texts...)
		}
		return s
	}
	run(t, []tests.ApiScenario{
		declines("the mentor declines: the mentee is told why, once", "mentor3", "match3", 200, `"status":"declined"`,
			invitationDeclinedMail, "Name of mentor3 cannot be your mentor in Alpha this time", "> My calendar is full", "/me"),
		declines("the dashboard declines for the mentor: the same", "superuser", "match3", 200, `"status":"declined"`,
			invitationDeclinedMail, "Name of mentor3 cannot be your mentor in Alpha this time"),
		declines("the mentee cannot decline for the mentor: nobody is told", "mentee3", "match3", 404, `"data":{}`, nil),
		declines("an active pair is not declined: nobody is told", "coorda", "match1", 400, `"data":{"status"`, nil),
		declines("a refused decline mails nobody", "stranger", "match3", 404, `"data":{}`, nil),
	})
}

// The portal's Respond tells the mentee once: the record hook is the only one to mail.
func TestDecliningAnInvitationThroughThePortalMailsOnce(t *testing.T) {
	app := newWorld(t).app(t)
	defer app.Cleanup()
	if err := mentoring.Respond(app, id("mentor3"), id("match3"), false, "My calendar is full"); err != nil {
		t.Fatal(err)
	}
	expectMails(t, app, "invitation_declined", invitationDeclinedMail, "> My calendar is full")
}

// An answer a coordinator gives through the API reaches the person who asked, in their
// language, as the portal's answer does; saving the request again without a new answer mails
// nobody.
func TestAnsweringHelpThroughTheAPIMailsTheAsker(t *testing.T) {
	w := newWorld(t)
	url := "/api/collections/support_requests/records/" + id("support1")
	answers := func(name, body, content string, want []string) tests.ApiScenario {
		s := withSetup(w.call(name, "coorda", http.MethodPatch, url, body, 200, []string{content}, nil), speakLanguages)
		s.AfterTestFunc = func(t testing.TB, app *tests.TestApp, _ *http.Response) {
			expectMails(t, app, "support_answer", want, "Talk to your mentor first")
		}
		return s
	}
	run(t, []tests.ApiScenario{
		answers("the coordinator answers", `{"answer":"Talk to your mentor first","status":"answered"}`, `"status":"answered"`,
			[]string{"mentee1@example.com fr: Réponse à votre demande : help for pair 1"}),
		answers("closing it without an answer mails nobody", `{"status":"closed"}`, `"status":"closed"`, nil),
	})
}
