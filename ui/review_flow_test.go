package ui_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/mentoring"
)

// withApplicants: ada (sv) applied as mentee studying "Informatique"; bob (fr) as a mentor
// speaking French, in Paris.
func withApplicants(t testing.TB, w *applicationWorld) {
	w.application(t, "ada", "mentee", nil)
	w.application(t, "bob", "mentor", func(f *mentoring.ApplicationForm) {
		f.Languages, f.Area, f.Organisation = []string{"fr"}, "Paris", "Banque Lumière"
	})
}

func TestOnlyCoordinatorsSeeTheApplications(t *testing.T) {
	t.Parallel()
	scenarios := []struct {
		name, person, url string
		status            int
		want, notWant     []string
	}{
		{"a participant gets 404 for the list", "eve", "/coordinate/open-call/applications", 404, []string{"Page not found"}, []string{"Ada Lovelace"}},
		{"an applicant gets 404 for the list", "ada", "/coordinate/open-call/applications", 404, []string{"Sidan hittades inte"}, []string{"Bob Durand"}},
		{"someone coordinating nothing gets 404 for /coordinate", "eve", "/coordinate", 404, []string{"Page not found"}, nil},
		{"the coordinator's programmes", "coord", "/coordinate", 200, []string{`href="/coordinate/open-call/applications"`, `href="/coordinate/open-call/matching"`, `href="/coordinate/open-call/support"`, `id="footer-help"`}, nil},
		{"all applications", "coord", "/coordinate/open-call/applications", 200,
			[]string{say("en", "review.count", "count", 2), "Ada Lovelace", "Bob Durand", "Informatique", "Banque Lumière"}, nil},
		{"mentees only, by text", "coord", "/coordinate/open-call/applications?role=mentee&q=informat", 200,
			[]string{say("en", "review.count", "count", 1), "Ada Lovelace"}, []string{"Bob Durand"}},
		{"by organisation text", "coord", "/coordinate/open-call/applications?q=lumi", 200,
			[]string{"Bob Durand"}, []string{"Ada Lovelace"}},
		{"by language and area", "coord", "/coordinate/open-call/applications?language=fr&area=Paris", 200,
			[]string{"Bob Durand", `<option value="fr" selected>`, `<option value="Paris" selected lang="fr">`}, []string{"Ada Lovelace"}},
		{"by status", "coord", "/coordinate/open-call/applications?status=approved", 200,
			[]string{say("en", "review.count", "count", 0)}, []string{"Ada Lovelace", "Bob Durand"}},
		{"the programme page links the coordinator to the applications", "coord", "/programs/open-call", 200,
			[]string{`id="coordinate-applications"`, `id="coordinate-matching"`, `id="nav-coordinate"`}, nil},
		{"an applicant's programme page links to their application", "ada", "/programs/open-call", 200,
			[]string{`id="my-application"`}, []string{`id="apply-mentee"`, `id="coordinate-applications"`, `id="nav-coordinate"`}},
		{"a visitor sees both ways in", "visitor", "/programs/open-call", 200,
			[]string{`href="/programs/open-call/apply/mentor"`, `href="/programs/open-call/apply/mentee"`}, []string{`id="my-application"`}},
	}
	for _, s := range scenarios {
		headers, factory := as(applicationsIn("coordinated", withApplicants), s.person)
		(&tests.ApiScenario{Name: s.name, Method: http.MethodGet, URL: s.url, Headers: headers, TestAppFactory: factory,
			ExpectedStatus: s.status, ExpectedContent: s.want, NotExpectedContent: s.notWant}).Test(t)
	}
}

func TestCoordinatorReviewsAndApproves(t *testing.T) {
	t.Parallel()
	w := seedApplication(t, "coordinated")
	withApplicants(t, w)
	ada, err := w.app.FindFirstRecordByFilter("applications", "user.email = 'ada@example.org'")
	if err != nil {
		t.Fatal(err)
	}
	h := newHandler(t, w.app)
	page := "/coordinate/open-call/applications/" + ada.Id
	for _, person := range []string{"eve", "bob"} {
		if res := do(h, http.MethodGet, page, nil, formHeaders(cookies(t, w.people[person]))); res.Code != 404 {
			t.Errorf("%s sees the application: %d", person, res.Code)
		}
		if res := do(h, http.MethodPost, page+"/decision", post("decision", "approved"), formHeaders(cookies(t, w.people[person]))); res.Code != 404 {
			t.Errorf("%s decides: %d", person, res.Code)
		}
	}
	coord := formHeaders(cookies(t, w.people["coord"]))
	body := do(h, http.MethodGet, page, nil, coord).Body.String()
	for _, want := range []string{"Ada Lovelace", "ada@example.org", "&#43;33 6 12 34 56 78", "Informatique", "Energy", `id="decision-approve"`} {
		if !strings.Contains(body, want) {
			t.Errorf("the review page lacks %q", want)
		}
	}
	res := do(h, http.MethodPost, page+"/decision", post("decision", "approved", "message", "Välkommen!"), coord)
	if res.Code != http.StatusSeeOther || res.Header().Get("Location") != "/coordinate/open-call/applications" {
		t.Fatalf("decision: %d %q", res.Code, res.Header().Get("Location"))
	}
	ada, _ = w.app.FindRecordById("applications", ada.Id)
	if ada.GetString("status") != "approved" || ada.GetString("decision_message") != "Välkommen!" {
		t.Errorf("status %q, message %q", ada.GetString("status"), ada.GetString("decision_message"))
	}
	mail := queuedMail(t, w.app, "application_decision", "ada@example.org")
	if mail.GetString("locale") != "sv" || !strings.Contains(mail.GetString("text"), "Välkommen!") {
		t.Errorf("decision mail in %q: %s", mail.GetString("locale"), mail.GetString("text"))
	}
	res = do(h, http.MethodPost, page+"/decision", post("decision", "maybe"), coord)
	if res.Code != http.StatusUnprocessableEntity || !strings.Contains(res.Body.String(), say("en", "mentoring.field.invalid_choice")) {
		t.Errorf("an unknown decision: %d", res.Code)
	}
}
