package ui_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/tools/types"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/mentoring"
	"github.com/mentorbase/mentorbase/workspace"
)

// page returns the body of GET url for person, failing unless it answers 200.
func (w *applicationWorld) page(t *testing.T, h http.Handler, person, url string) string {
	t.Helper()
	res := do(h, http.MethodGet, url, nil, map[string]string{"Cookie": cookies(t, w.people[person])})
	if res.Code != http.StatusOK {
		t.Fatalf("GET %s as %s: %d", url, person, res.Code)
	}
	return res.Body.String()
}

func checkPage(t *testing.T, what, body string, want, notWant []string) {
	t.Helper()
	for _, s := range want {
		if !strings.Contains(body, s) {
			t.Errorf("%s lacks %q", what, s)
		}
	}
	for _, s := range notWant {
		if strings.Contains(body, s) {
			t.Errorf("%s shows %q", what, s)
		}
	}
}

func TestMeShowsThePartnersContactOnlyOnceActive(t *testing.T) {
	t.Parallel()
	w := seedApplication(t, "self_service")
	mentee, mentor := w.application(t, "ada", "mentee", nil), w.application(t, "bob", "mentor", nil)
	for _, a := range []string{mentee.Id, mentor.Id} {
		if err := mentoring.Decide(w.app, w.people["coord"].Id, a, "approved", ""); err != nil {
			t.Fatal(err)
		}
	}
	h := newHandler(t, w.app)
	checkPage(t, "ada's /me once approved", w.page(t, h, "ada", "/me"),
		[]string{say("sv", "me.step.browse"), `href="/programs/open-call/mentors"`}, nil)
	checkPage(t, "ada's programme page once approved", w.page(t, h, "ada", "/programs/open-call"),
		[]string{`id="browse-mentors"`}, nil)

	match, err := mentoring.Invite(w.app, w.people["ada"].Id, mentor.Id, "Hej Bob!")
	if err != nil {
		t.Fatal(err)
	}
	checkPage(t, "ada's /me with an invitation sent", w.page(t, h, "ada", "/me"),
		[]string{sayNaming("sv", "me.sent_to", `<span lang="fr">Open Call</span>`, "name", "Bob Durand"), `action="/invitations/` + match.Id + `/cancel"`,
			say("sv", "me.step.wait_answer")},
		[]string{"bob@example.org", `href="/matches/`})
	checkPage(t, "bob's /me with an invitation received", w.page(t, h, "bob", "/me"),
		[]string{say("fr", "me.received_from", "name", "Ada Lovelace", "program", "Open Call"), `href="/invitations/` + match.Id + `"`},
		[]string{"ada@example.org"})

	if err := mentoring.Respond(w.app, w.people["bob"].Id, match.Id, true, ""); err != nil {
		t.Fatal(err)
	}
	checkPage(t, "ada's /me once the match is active", w.page(t, h, "ada", "/me"),
		[]string{"Bob Durand", `href="mailto:bob@example.org"`, "&#43;33 6 12 34 56 78", `href="/matches/` + match.Id + `#agreement"`,
			say("sv", "me.step.agreement")},
		[]string{`action="/invitations/` + match.Id + `/cancel"`, say("sv", "me.step.meet_partner")})
	terms := kernel.Agreement{Frequency: "monthly", Modes: []string{"video"}}
	if err := workspace.Agree(w.app, w.people["ada"].Id, match.Id, &terms); err != nil {
		t.Fatal(err)
	}
	checkPage(t, "ada's /me once she wrote the agreement", w.page(t, h, "ada", "/me"),
		[]string{say("sv", "me.step.meet_partner"), `href="/matches/` + match.Id + `"`}, []string{say("sv", "me.step.agreement")})
	checkPage(t, "bob's /me once the match is active", w.page(t, h, "bob", "/me"),
		[]string{`href="mailto:ada@example.org"`}, nil)
}

func TestANewCharterVersionIsAskedForAgain(t *testing.T) {
	t.Parallel()
	w := seedApplication(t, "coordinated")
	application := w.application(t, "ada", "mentee", nil)
	h := newHandler(t, w.app)
	banner := `href="/programs/open-call/charter"`
	checkPage(t, "/me before a new version", w.page(t, h, "ada", "/me"), nil, []string{banner})

	w.charter(t, 2, "Version two.", "Version deux.", "Version två.")
	checkPage(t, "/me after a new version", w.page(t, h, "ada", "/me"),
		[]string{sayNaming("sv", "me.charter_due", `<span lang="fr">Open Call</span>`), banner}, nil)
	checkPage(t, "the application after a new version", w.page(t, h, "ada", "/applications/"+application.Id+"/edit"),
		[]string{banner}, nil)
	checkPage(t, "the charter page", w.page(t, h, "ada", "/programs/open-call/charter"),
		[]string{"Version två.", `name="role" value="mentee"`, `id="charter-accept"`}, nil)

	res := do(h, http.MethodPost, "/programs/open-call/charter", post("accept", "on"), formHeaders(cookies(t, w.people["ada"])))
	if res.Code != http.StatusSeeOther || res.Header().Get("Location") != "/me" {
		t.Fatalf("accepting again: %d %q", res.Code, res.Header().Get("Location"))
	}
	n, _ := w.app.CountRecords("charter_acceptances")
	if n != 2 {
		t.Errorf("%d acceptances, want one per version", n)
	}
	checkPage(t, "/me after accepting again", w.page(t, h, "ada", "/me"), nil, []string{banner})
}

// "My partners" lists the pairs newest first, whatever order they were written in.
func TestMeListsThePairsNewestFirst(t *testing.T) {
	t.Parallel()
	w := newBusyPairs(t)
	start := time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC)
	for i, day := range []int{2, 0, 4, 1, 3} {
		created := start.AddDate(0, 0, day).Format(types.DefaultDateLayout)
		if _, err := w.app.DB().Update("matches", dbx.Params{"created": created}, dbx.HashExp{"id": w.matches[i]}).Execute(); err != nil {
			t.Fatal(err)
		}
	}
	res := do(newHandler(t, w.app), http.MethodGet, "/me", nil, map[string]string{"Cookie": cookies(t, w.mentor)})
	body := res.Body.String()
	last := -1
	for _, i := range []int{2, 4, 0, 3, 1} {
		at := strings.Index(body, fmt.Sprintf("<h3>Mentee %d</h3>", i))
		if at <= last {
			t.Fatalf("Mentee %d is not listed after the pair created before: %s", i, body)
		}
		last = at
	}
}
