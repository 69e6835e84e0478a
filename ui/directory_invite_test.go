package ui_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/mentoring"
)

func TestInvitingAMentorFromTheDirectory(t *testing.T) {
	t.Parallel()
	invite := func(mentor string) string { return "/programs/open-mentors/mentors/" + mwApp(mentor) + "/invite" }
	type attempt struct {
		name, person, url string
		body              []string
		prepare           func(t testing.TB, w *matchingWorld)
		status            int
		want              []string
		after             func(t testing.TB, app *tests.TestApp, res *http.Response)
	}
	attempts := []attempt{
		{name: "an invitation goes to the mentor by e-mail in her language, then to /me", person: "mia", url: invite("ada"),
			body: []string{"message", "I admire how you build teams."}, status: http.StatusSeeOther,
			after: func(t testing.TB, app *tests.TestApp, res *http.Response) {
				if loc := res.Header.Get("Location"); loc != "/me" {
					t.Errorf("Location = %q", loc)
				}
				if mail := queuedMail(t, app, "invitation", "ada@example.org"); mail.GetString("locale") != "sv" {
					t.Errorf("invitation mail in %q", mail.GetString("locale"))
				}
			}},
		{name: "an empty message is refused beside the field", person: "mia", url: invite("ada"),
			body: []string{"message", "  "}, status: http.StatusUnprocessableEntity,
			want: []string{`id="e-message"`, "Veuillez remplir ce champ."}},
		{name: "a full mentor cannot be invited and the message is kept", person: "mia", url: invite("dee"),
			body: []string{"message", "Please, Dee!"}, status: http.StatusUnprocessableEntity,
			want: []string{`role="alert"`, "plus de place disponible", "Please, Dee!</textarea>"}},
		{name: "inviting the same mentor twice is refused", person: "mia", url: invite("ada"),
			body: []string{"message", "Again, please."}, status: http.StatusUnprocessableEntity,
			prepare: func(t testing.TB, w *matchingWorld) { mwInvite(t, w, "mia", "ada") },
			want:    []string{`role="alert"`, "Vous avez déjà invité ce mentor.", "Again, please.</textarea>"}},
		{name: "the limit of pending invitations is shown with its number", person: "mia", url: invite("bo"),
			body: []string{"message", "One more?"}, status: http.StatusUnprocessableEntity,
			prepare: func(t testing.TB, w *matchingWorld) {
				w.open.Set("max_pending_invitations", 1)
				if err := w.app.Save(w.open); err != nil {
					t.Fatal(err)
				}
				mwInvite(t, w, "mia", "ada")
			},
			want: []string{`role="alert"`, "Vous avez déjà 1 invitations en attente", "One more?</textarea>"}},
		{name: "a too long message is refused beside the field", person: "mia", url: invite("ada"),
			body: []string{"message", strings.Repeat("é", 2001)}, status: http.StatusUnprocessableEntity,
			want: []string{`id="e-message"`}},
		{name: "a mentor of another programme cannot be invited through this one", person: "mia", url: invite("lena"),
			body: []string{"message", "Hello"}, status: http.StatusNotFound, want: []string{"Page introuvable"},
			after: func(t testing.TB, app *tests.TestApp, _ *http.Response) {
				if n, _ := app.CountRecords("matches", dbx.HashExp{"status": "invited"}); n != 0 {
					t.Errorf("%d invitations were made", n)
				}
			}},
		{name: "a mentee waiting for approval cannot invite", person: "pat", url: invite("ada"),
			body: []string{"message", "Hello"}, status: http.StatusForbidden, want: []string{"has not been approved yet"}},
	}
	for _, p := range attempts {
		var prepare []func(testing.TB, *matchingWorld)
		if p.prepare != nil {
			prepare = append(prepare, p.prepare)
		}
		headers, factory := as(matching(prepare...), p.person)
		scenario := tests.ApiScenario{
			Name: p.name, Method: http.MethodPost, URL: p.url, Headers: headers,
			Body: form(true, p.body...), TestAppFactory: factory,
			ExpectedStatus: p.status, ExpectedContent: p.want, AfterTestFunc: p.after,
		}
		scenario.Test(t)
	}
}

// mwInvite has mentee invite mentor through the domain, as the directory does.
func mwInvite(t testing.TB, w *matchingWorld, mentee, mentor string) *core.Record {
	t.Helper()
	match, err := mentoring.Invite(w.app, w.people[mentee].Id, mwApp(mentor), "Hello from "+mentee)
	if err != nil {
		t.Fatal(err)
	}
	return match
}
