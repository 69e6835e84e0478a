package ui_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/apptest"
)

// TestEvaluationAnswersAreReadPerTheForms: the first-interview evaluation is the mentor's
// feedback to the mentee, so the mentee reads it; the mid-programme check-in is read by its
// author and the coordinators only; the evaluations section lists what each has to do.
func TestEvaluationAnswersAreReadPerTheForms(t *testing.T) {
	t.Parallel()
	a := "/matches/" + wid("matcha")
	type visit struct {
		name, person, url string
		want, notWant     []string
	}
	visits := []visit{
		{"the mentee reads the mentor's first-interview feedback", "sven", a + "/evaluations/first_interview",
			[]string{"Évaluation du premier entretien", "Great CV work", "Call three alumni", "Oui"}, []string{"Envoyer mes réponses"}},
		{"the coordinator reads it", "coord", a + "/evaluations/first_interview",
			[]string{"Great CV work"}, nil},
		{"the mentor reads the mentee's check-in? no: it is not shared; she gets her own form", "marie", a + "/evaluations/midpoint",
			[]string{"Mid-programme check-in", "Have you met your partner?", `name="going" value="5"`, "Submit my answers"},
			[]string{"Sven midpoint secret"}},
		{"the mentee reads his own check-in", "sven", a + "/evaluations/midpoint",
			[]string{"Sven midpoint secret", "2 / 5"}, []string{"Envoyer mes réponses"}},
		{"the coordinator reads the check-in", "coord", a + "/evaluations/midpoint",
			[]string{"Sven midpoint secret", "Sven Person"}, []string{"Submit my answers", "Skicka mina svar"}},
		{"the mentee's section: his check-in sent, the final one later", "sven", a + "/evaluations",
			[]string{"Évaluation du premier entretien", "Point d&#39;étape à mi-parcours", "Envoyée", "Évaluation finale", "Plus tard"}, nil},
		{"the mentor's section: her check-in to fill in now", "marie", a + "/evaluations",
			[]string{"To fill in now", `href="` + a + `/evaluations/midpoint"`, "Fill in the form"}, []string{"Sven midpoint secret"}},
		{"an unknown form is 404", "marie", a + "/evaluations/exit_poll", []string{"Page not found"}, nil},
	}
	for _, v := range visits {
		headers, factory := as(seedWork, v.person)
		status := http.StatusOK
		if strings.Contains(v.url, "exit_poll") {
			status = http.StatusNotFound
		}
		(&tests.ApiScenario{Name: v.name, Method: http.MethodGet, URL: v.url, Headers: headers,
			TestAppFactory: factory, ExpectedStatus: status, ExpectedContent: v.want, NotExpectedContent: v.notWant}).Test(t)
	}
}

// htmlUnlessRedirect is want plus the page's opening tag, for a status that renders a page.
func htmlUnlessRedirect(status int, want []string) []string {
	if status == http.StatusSeeOther {
		return want
	}
	return append(want, "<html lang=")
}

// An evaluation's page is a section page with a form: it reads the pair and what its members
// owe once, so it costs no more queries than the evaluations' page of the same pair (each
// section's page reads its own records alone, so the goals' page reads no dues).
func TestTheEvaluationPageReadsThePairOnce(t *testing.T) {
	t.Parallel()
	app := seedPairs(t)
	marie, err := app.FindRecordById("users", wid("marie"))
	if err != nil {
		t.Fatal(err)
	}
	handler := newHandler(t, app)
	headers := map[string]string{"Cookie": cookies(t, marie)}
	queries := func(url string) int {
		var status int
		n := len(apptest.Queries(app, func() { status = do(handler, http.MethodGet, url, nil, headers).Code }))
		if status != http.StatusOK {
			t.Fatalf("GET %s: %d", url, status)
		}
		return n
	}
	list := queries("/matches/" + wid("matcha") + "/evaluations")
	evaluation := queries("/matches/" + wid("matcha") + "/evaluations/first_interview")
	if evaluation > list {
		t.Errorf("the evaluation page sent %d queries, the evaluations' page %d", evaluation, list)
	}
}
