package ui_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/core"
)

// invitationBrowser signs a person in for multi-step flows through the full router.
func invitationBrowser(t testing.TB, w *matchingWorld, person string) map[string]string {
	return formHeaders(cookies(t, w.people[person]))
}

// mustShow fetches url and fails unless it answers status with every want.
func mustShow(t testing.TB, handler http.Handler, url string, headers map[string]string, status int, want, notWant []string) string {
	t.Helper()
	res := do(handler, http.MethodGet, url, nil, headers)
	body := res.Body.String()
	if res.Code != status {
		t.Fatalf("GET %s: %d, want %d\n%s", url, res.Code, status, body)
	}
	for _, s := range want {
		if !strings.Contains(body, s) {
			t.Errorf("GET %s lacks %q", url, s)
		}
	}
	for _, s := range notWant {
		if strings.Contains(body, s) {
			t.Errorf("GET %s shows %q", url, s)
		}
	}
	return body
}

// mustPost posts the form and fails unless it redirects.
func mustPost(t testing.TB, handler http.Handler, url string, headers map[string]string, pairs ...string) {
	t.Helper()
	if res := do(handler, http.MethodPost, url, form(true, pairs...), headers); res.Code != http.StatusSeeOther {
		t.Fatalf("POST %s: %d\n%s", url, res.Code, res.Body)
	}
}

func TestAcceptedInvitationRevealsContactDetails(t *testing.T) {
	t.Parallel()
	w := seedMatching(t)
	handler := newHandler(t, w.app)
	mia, ada := invitationBrowser(t, w, "mia"), invitationBrowser(t, w, "ada")

	mustPost(t, handler, "/programs/open-mentors/mentors/"+mwApp("ada")+"/invite", mia, "message", "Your team-building story inspires me.")
	match, err := w.app.FindFirstRecordByData("matches", "mentee", mwApp("mia"))
	if err != nil {
		t.Fatal(err)
	}
	url := "/invitations/" + match.Id
	contacts := []string{"mia@example.org", mwPhone("mia"), "ada@example.org", mwPhone("ada")}

	mustShow(t, handler, url, ada, 200,
		[]string{"Mia Mentee vill ha dig som mentor", "Your team-building story inspires me.", "Master of Management",
			"I want to grow into a team lead.", "Ledarskap", "Teknik", "Franska", `class="badge score-badge"`, "Varför den här poängen",
			`id="invitation-accept"`, `id="invitation-decline"`, `id="invitation-expires"`},
		contacts)
	mustShow(t, handler, url, mia, 200, []string{"Votre invitation à Ada Mentor", `id="invitation-cancel"`},
		append([]string{`id="invitation-accept"`}, contacts...))
	for _, other := range []string{"otto", "bo", "coord"} {
		mustShow(t, handler, url, invitationBrowser(t, w, other), 404, nil, []string{"Your team-building story"})
	}
	if res := do(handler, http.MethodPost, url+"/accept", form(true), mia); res.Code != 404 {
		t.Fatalf("the mentee cannot accept her own invitation: %d", res.Code)
	}

	mustPost(t, handler, url+"/accept", ada)
	for _, person := range []map[string]string{ada, mia} {
		mustShow(t, handler, url, person, 200, append([]string{`id="invitation-contacts"`, `href="/matches/` + match.Id + `"`}, contacts...), nil)
	}
	if mail := queuedMail(t, w.app, "invitation_accepted", "mia@example.org"); mail.GetString("locale") != "fr" {
		t.Errorf("the acceptance mail is in %q, not the mentee's French", mail.GetString("locale"))
	}
}

func TestDeclinedInvitationShowsTheReason(t *testing.T) {
	t.Parallel()
	w := seedMatching(t)
	handler := newHandler(t, w.app)
	match := mwInvite(t, w, "mia", "bo")
	url := "/invitations/" + match.Id

	mustPost(t, handler, url+"/decline", invitationBrowser(t, w, "bo"), "reason", "I am travelling all spring.")
	mustShow(t, handler, url, invitationBrowser(t, w, "mia"), 200,
		[]string{"Déclinée", "I am travelling all spring."}, []string{"bo@example.org", mwPhone("bo"), `id="invitation-cancel"`})
	mail := queuedMail(t, w.app, "invitation_declined", "mia@example.org")
	if mail.GetString("locale") != "fr" || !strings.Contains(mail.GetString("text"), "I am travelling all spring.") {
		t.Errorf("decline mail (%s): %s", mail.GetString("locale"), mail.GetString("text"))
	}
	if status := reload(t, w.app, match).GetString("status"); status != "declined" {
		t.Errorf("status %q", status)
	}
}

func TestMenteeCancelsAPendingInvitation(t *testing.T) {
	t.Parallel()
	w := seedMatching(t)
	handler := newHandler(t, w.app)
	match := mwInvite(t, w, "mia", "ada")
	url := "/invitations/" + match.Id

	if res := do(handler, http.MethodPost, url+"/cancel", form(true), invitationBrowser(t, w, "ada")); res.Code != 404 {
		t.Fatalf("the mentor cannot cancel the mentee's invitation: %d", res.Code)
	}
	mustPost(t, handler, url+"/cancel", invitationBrowser(t, w, "mia"))
	mustShow(t, handler, url, invitationBrowser(t, w, "ada"), 200, []string{"Återkallad"}, []string{`id="invitation-accept"`})
	if status := reload(t, w.app, match).GetString("status"); status != "cancelled" {
		t.Errorf("status %q", status)
	}
}

func reload(t testing.TB, app core.App, r *core.Record) *core.Record {
	t.Helper()
	fresh, err := app.FindRecordById(r.Collection().Name, r.Id)
	if err != nil {
		t.Fatal(err)
	}
	return fresh
}
