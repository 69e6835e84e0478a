package ui_test

import (
	"net/http"
	"testing"

	"github.com/pocketbase/pocketbase/tests"
)

// A mentee reads why a mentor scores low in their own words: what they asked for beside what
// the mentor offers, and which criteria cost the most points.
func TestDirectorySaysWhyAMentorScoresLow(t *testing.T) {
	t.Parallel()
	bilingual := func(t testing.TB, w *matchingWorld) {
		w.apps["bo"].Set("languages", []string{"sv", "fr"})
		if err := w.app.Save(w.apps["bo"]); err != nil {
			t.Fatal(err)
		}
	}
	inEnglish := func(t testing.TB, w *matchingWorld) {
		w.people["mia"].Set("locale", "en")
		if err := w.app.Save(w.people["mia"]); err != nil {
			t.Fatal(err)
		}
	}
	inSwedish := func(t testing.TB, w *matchingWorld) {
		w.people["mia"].Set("locale", "sv")
		if err := w.app.Save(w.people["mia"]); err != nil {
			t.Fatal(err)
		}
	}
	bo := "/programs/open-mentors/mentors/" + mwApp("bo")
	for _, c := range []struct {
		name    string
		prepare []func(testing.TB, *matchingWorld)
		want    []string
	}{
		{"in French", []func(testing.TB, *matchingWorld){bilingual}, []string{"22/100",
			"Pourquoi pas plus : Axes de développement et compétences (−33 points), Même zone (−22 points)",
			"Vous voulez développer : Leadership (fr) ; ce mentor propose : Finance (fr).",
			"Vous êtes à : Nord, Lille ; ce mentor est à : Svealand, Stockholm."}},
		{"in English", []func(testing.TB, *matchingWorld){bilingual, inEnglish}, []string{
			"Why not higher: Development areas and skills (−33 points), Same area (−22 points)",
			"You can meet by Video call; this mentor by In person."}},
		{"in Swedish", []func(testing.TB, *matchingWorld){bilingual, inSwedish}, []string{
			"Varför inte högre: Utvecklingsområden och kompetenser (−33 poäng), Samma område (−22 poäng)",
			"Du vill utveckla: Ledarskap; den här mentorn erbjuder: Ekonomi."}},
	} {
		headers, factory := as(matching(c.prepare...), "mia")
		(&tests.ApiScenario{Name: c.name, Method: http.MethodGet, URL: bo, Headers: headers, TestAppFactory: factory,
			ExpectedStatus: 200, ExpectedContent: c.want}).Test(t)
	}
	headers, factory := as(matching(), "mia")
	(&tests.ApiScenario{Name: "a perfect fit has nothing to explain", Method: http.MethodGet, URL: "/programs/open-mentors/mentors/" + mwApp("ada"),
		Headers: headers, TestAppFactory: factory, ExpectedStatus: 200, ExpectedContent: []string{"100/100"},
		NotExpectedContent: []string{"Pourquoi pas plus"}}).Test(t)
}
