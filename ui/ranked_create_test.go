package ui_test

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/mentoring"
	"github.com/mentorbase/mentorbase/workspace"
)

// A mentee asks several mentors in order with one message: the first is invited, the others
// wait; a refusal names the choice it concerns, with everything typed kept.
func TestAMenteeAsksSeveralMentorsInOrder(t *testing.T) {
	t.Parallel()
	url := "/programs/open-mentors/ranked"
	scenarios := []struct {
		name    string
		method  string
		body    []string
		prepare []func(testing.TB, *matchingWorld)
		status  int
		want    []string
		after   func(testing.TB, *tests.TestApp, *http.Response)
	}{
		{name: "the form lists the mentors who can be invited, one select per place", method: http.MethodGet,
			prepare: []func(testing.TB, *matchingWorld){allowRanked(3)}, status: http.StatusOK,
			want: []string{`id="f-choice_1"`, `id="f-choice_3"`, "Ada Mentor — affinité", "Bo Banker"}},
		{name: "a programme taking one invitation at a time has no such page", method: http.MethodGet,
			status: http.StatusNotFound, want: []string{"Page introuvable"}},
		{name: "the first choice is invited, the next one waits", method: http.MethodPost,
			body:    []string{"choice_1", mwApp("ada"), "choice_2", mwApp("bo"), "message", "I admire your work."},
			prepare: []func(testing.TB, *matchingWorld){allowRanked(3)}, status: http.StatusSeeOther,
			after: func(t testing.TB, app *tests.TestApp, _ *http.Response) {
				first := pendingOf(t, app, "ada")
				if first.GetInt("rank") != 1 || strings.Join(mentoring.RankedQueue(first), ",") != mwApp("bo") {
					t.Errorf("rank %d, queue %v", first.GetInt("rank"), mentoring.RankedQueue(first))
				}
				queuedMail(t, app, "invitation", "ada@example.org")
				if n, _ := app.CountRecords("matches", dbx.HashExp{"mentor": mwApp("bo")}); n != 0 {
					t.Error("the second choice was invited at once")
				}
			}},
		{name: "a full mentor is refused beside their place, all kept", method: http.MethodPost,
			body:    []string{"choice_1", mwApp("ada"), "choice_2", mwApp("dee"), "message", "Hello both."},
			prepare: []func(testing.TB, *matchingWorld){allowRanked(3)}, status: http.StatusUnprocessableEntity,
			want: []string{`id="e-choice_2"`, "plus de place disponible", "Hello both.</textarea>",
				`value="` + mwApp("ada") + `" selected`}},
		{name: "the same mentor twice is refused", method: http.MethodPost,
			body:    []string{"choice_1", mwApp("ada"), "choice_2", mwApp("ada"), "message", "Hello."},
			prepare: []func(testing.TB, *matchingWorld){allowRanked(3)}, status: http.StatusUnprocessableEntity,
			want: []string{`id="e-choice_2"`, "Ce mentor est déjà dans votre liste."}},
		{name: "no mentor chosen is refused beside the first place", method: http.MethodPost,
			body:    []string{"message", "Hello."},
			prepare: []func(testing.TB, *matchingWorld){allowRanked(3)}, status: http.StatusUnprocessableEntity,
			want: []string{`id="e-choice_1"`, "Choisissez au moins un mentor."}},
	}
	for _, s := range scenarios {
		headers, factory := as(matching(s.prepare...), "mia")
		scenario := tests.ApiScenario{Name: s.name, Method: s.method, URL: url, Headers: headers,
			TestAppFactory: factory, ExpectedStatus: s.status, ExpectedContent: s.want, AfterTestFunc: s.after}
		if s.method == http.MethodPost {
			scenario.Body = form(true, s.body...)
		}
		scenario.Test(t)
	}
}

// A ranked request passes on at once when its mentor declines in the portal or through the
// REST API, or lets it expire; the mentee is told once per step and sees where it stands.
func TestARankedRequestPassesOn(t *testing.T) {
	t.Parallel()
	ranked := []func(testing.TB, *matchingWorld){allowRanked(3), rankedRequest("ada", "bo")}
	passedToBo := func(t testing.TB, app *tests.TestApp, _ *http.Response) {
		t.Helper()
		next := pendingOf(t, app, "bo")
		if next.GetInt("rank") != 2 || next.GetString("message") != "Hello from mia" {
			t.Errorf("bo's invitation: rank %d, message %q", next.GetInt("rank"), next.GetString("message"))
		}
		queuedMail(t, app, "invitation", "bo@example.org")
		if mail := queuedMail(t, app, "ranked_passed", "mia@example.org"); !strings.Contains(mail.GetString("subject"), "Bo Banker") {
			t.Errorf("the mentee's letter says %q", mail.GetString("subject"))
		}
		for _, kind := range []string{"invitation_declined", "invitation_expired"} {
			if n, _ := app.CountRecords("outbox", dbx.HashExp{"kind": kind, "to": "mia@example.org"}); n != 0 {
				t.Errorf("the mentee also got %s: one letter per step", kind)
			}
		}
	}
	adaInvitation := func(app core.App) string {
		m, err := app.FindFirstRecordByData("matches", "mentor", mwApp("ada"))
		if err != nil {
			t.Fatal(err)
		}
		return m.Id
	}
	steps := []struct {
		name, person, method string
		url                  func(core.App) string
		body                 string
		prepare              []func(testing.TB, *matchingWorld)
		status               int
		want                 []string
		after                func(testing.TB, *tests.TestApp, *http.Response)
	}{
		{name: "declined in the portal", person: "ada", method: http.MethodPost,
			url:  func(app core.App) string { return "/invitations/" + adaInvitation(app) + "/decline" },
			body: "reason=No+time", status: http.StatusSeeOther, after: passedToBo},
		{name: "declined through the REST API", person: "ada", method: http.MethodPatch,
			url:  func(app core.App) string { return "/api/collections/matches/records/" + adaInvitation(app) },
			body: `{"status":"declined","response":"Too busy"}`, status: http.StatusOK,
			want: []string{`"status":"declined"`}, after: passedToBo},
		{name: "an acceptance ends the request: nobody else is asked", person: "ada", method: http.MethodPost,
			url:    func(app core.App) string { return "/invitations/" + adaInvitation(app) + "/accept" },
			status: http.StatusSeeOther, after: noInvitationTo("bo")},
		{name: "a request the mentee cancels stops there", person: "mia", method: http.MethodPost,
			url:    func(app core.App) string { return "/invitations/" + adaInvitation(app) + "/cancel" },
			status: http.StatusSeeOther, after: noInvitationTo("bo")},
		{name: "the mentee sees where her request stands", person: "mia", method: http.MethodGet,
			url:     func(core.App) string { return "/me" },
			prepare: []func(testing.TB, *matchingWorld){declineAs("ada")}, status: http.StatusOK,
			want: []string{`id="ranked-steps"`, "Ada Mentor — a décliné", `aria-current="step">Bo Banker — sollicité en ce moment`}},
		{name: "a mentee cannot rewrite her queue through the REST API", person: "mia", method: http.MethodPatch,
			url:  func(app core.App) string { return "/api/collections/matches/records/" + adaInvitation(app) },
			body: `{"ranked_queue":["` + mwApp("dee") + `"]}`, status: http.StatusBadRequest, want: []string{`"ranked_queue"`}},
		{name: "nobody left who can be invited: the mentee is told so", person: "ada", method: http.MethodPatch,
			url:     func(app core.App) string { return "/api/collections/matches/records/" + adaInvitation(app) },
			prepare: []func(testing.TB, *matchingWorld){pauseMentor("bo", 5)},
			body:    `{"status":"declined"}`, status: http.StatusOK, want: []string{`"status":"declined"`},
			after: func(t testing.TB, app *tests.TestApp, _ *http.Response) {
				queuedMail(t, app, "ranked_exhausted", "mia@example.org")
				if n, _ := app.CountRecords("matches", dbx.HashExp{"mentor": mwApp("bo")}); n != 0 {
					t.Error("a paused mentor was invited")
				}
			}},
	}
	for _, s := range steps {
		headers, factory := as(matching(append(ranked, s.prepare...)...), s.person)
		if s.method == http.MethodPatch {
			headers["Content-Type"] = "application/json"
		}
		scenario := &tests.ApiScenario{Name: s.name, Method: s.method, Headers: headers, TestAppFactory: factory,
			ExpectedStatus: s.status, ExpectedContent: s.want, AfterTestFunc: s.after}
		switch {
		case s.method == http.MethodPost && s.body != "":
			scenario.Body = form(true, strings.Split(strings.ReplaceAll(s.body, "+", " "), "=")...)
		case s.method == http.MethodPost:
			scenario.Body = form(true)
		case s.body != "":
			scenario.Body = strings.NewReader(s.body)
		}
		url := s.url
		scenario.BeforeTestFunc = func(t testing.TB, app *tests.TestApp, _ *core.ServeEvent) { scenario.URL = url(app) }
		scenario.Test(t)
	}
}

// An expired step passes on too: the mentor is told it expired, the mentee where it went,
// and the next mentor gets the usual reminder.
func TestAnExpiredRankedInvitationPassesOn(t *testing.T) {
	t.Parallel()
	w := seedMatching(t)
	allowRanked(3)(t, w)
	rankedRequest("ada", "bo")(t, w)
	pendingOf(t, w.app, "ada")
	if _, err := mentoring.ExpireInvitations(w.app, time.Now().AddDate(0, 0, 15)); err != nil {
		t.Fatal(err)
	}
	pendingOf(t, w.app, "bo")
	queuedMail(t, w.app, "invitation_expired", "ada@example.org")
	queuedMail(t, w.app, "ranked_passed", "mia@example.org")
	if n, _ := w.app.CountRecords("outbox", dbx.HashExp{"kind": "invitation_expired", "to": "mia@example.org"}); n != 0 {
		t.Error("the mentee got two letters for one step")
	}
	// The next mentor is reminded three days after their own invitation, as for any other.
	if _, err := workspace.RemindPendingInvitations(w.app, time.Now().Add(73*time.Hour)); err != nil {
		t.Fatal(err)
	}
	queuedMail(t, w.app, workspace.InvitationPendingKind, "bo@example.org")
}

// noInvitationTo checks that mentor was never invited.
func noInvitationTo(mentor string) func(testing.TB, *tests.TestApp, *http.Response) {
	return func(t testing.TB, app *tests.TestApp, _ *http.Response) {
		if n, _ := app.CountRecords("matches", dbx.HashExp{"mentor": mwApp(mentor)}); n != 0 {
			t.Errorf("%s was invited", mentor)
		}
	}
}

// allowRanked lets open-mentors' mentees ask up to n mentors in order.
func allowRanked(n int) func(testing.TB, *matchingWorld) {
	return func(t testing.TB, w *matchingWorld) {
		w.build.Update(w.open, map[string]any{"ranked_invitations": n})
	}
}

// rankedRequest has mia ask mentors in order, through the domain as the form does.
func rankedRequest(mentors ...string) func(testing.TB, *matchingWorld) {
	return func(t testing.TB, w *matchingWorld) {
		ids := make([]string, len(mentors))
		for i, m := range mentors {
			ids[i] = mwApp(m)
		}
		if _, err := mentoring.InviteRanked(w.app, w.people["mia"].Id, ids, "Hello from mia"); err != nil {
			t.Fatal(err)
		}
	}
}

// declineAs has mentor decline their pending invitation, as the portal does.
func declineAs(mentor string) func(testing.TB, *matchingWorld) {
	return func(t testing.TB, w *matchingWorld) {
		m := pendingOf(t, w.app, mentor)
		if err := mentoring.Respond(w.app, w.people[mentor].Id, m.Id, false, ""); err != nil {
			t.Fatal(err)
		}
	}
}

// pendingOf is the pending invitation of mentor.
func pendingOf(t testing.TB, app core.App, mentor string) *core.Record {
	t.Helper()
	m, err := app.FindFirstRecordByFilter("matches", "mentor = {:m} && status = 'invited'", dbx.Params{"m": mwApp(mentor)})
	if err != nil {
		t.Fatalf("no pending invitation to %s: %v", mentor, err)
	}
	return m
}
