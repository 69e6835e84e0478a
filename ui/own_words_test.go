package ui_test

import (
	"net/http"
	"testing"

	"github.com/pocketbase/pocketbase/tests"
)

// TestProgrammesOwnWordsCarryTheirLanguage: a programme written in French (its first
// language) shows its name, summary and areas marked lang="fr" on English and Swedish pages,
// and unmarked on French ones; a tag label missing in the reader's language falls back to
// English, marked lang="en" (WCAG 3.1.2).
func TestProgrammesOwnWordsCarryTheirLanguage(t *testing.T) {
	t.Parallel()
	noSwedishSkill := func(t testing.TB, w *applicationWorld) {
		acceptAs(t, w, "ada", "mentee")
		if _, err := w.app.DB().NewQuery("UPDATE tags SET label_sv = '' WHERE key = 'energy'").Execute(); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range []struct {
		name, person, locale, url string
		want, notWant             []string
	}{
		{"the programme page in English", "visitor", "en", "/programs/open-call",
			[]string{`<h1 lang="fr">Open Call</h1>`, `<p class="lead" lang="fr">Apply now.</p>`, `<html lang="en">`}, nil},
		{"the programme page in French", "visitor", "fr", "/programs/open-call",
			[]string{`<h1>Open Call</h1>`, `<p class="lead">Apply now.</p>`}, []string{`lang="fr">Open Call`}},
		{"the home page in Swedish", "visitor", "sv", "/",
			[]string{`<a href="/programs/open-call" lang="fr">Open Call</a>`, `<p lang="fr">Apply now.</p>`}, nil},
		{"the form's areas and a tag label in English for a Swedish reader", "ada", "sv", "/programs/open-call/apply/mentee",
			[]string{`<option value="Paris" lang="fr">Paris</option>`, `lang="en"><input type="checkbox" name="interests"`, "> Energy</label>"},
			[]string{`lang="sv"><input`}},
	} {
		headers, factory := as(applicationsIn("coordinated", noSwedishSkill), c.person, "Accept-Language", c.locale, "Cookie", "lang="+c.locale)
		(&tests.ApiScenario{Name: c.name, Method: http.MethodGet, URL: c.url, Headers: headers, TestAppFactory: factory,
			ExpectedStatus: http.StatusOK, ExpectedContent: c.want, NotExpectedContent: c.notWant}).Test(t)
	}
}

// TestTagLabelsFallingBackAreMarked: a tag label missing in the reader's language is shown in
// English marked lang="en" wherever tags are listed — the directory's cards, filters and
// score lines, the mentor's profile, the coordinators' review of an application — and a
// label in the reader's language is not marked.
func TestTagLabelsFallingBackAreMarked(t *testing.T) {
	t.Parallel()
	noFrenchLeadership := func(t testing.TB, w *matchingWorld) {
		if _, err := w.app.DB().NewQuery("UPDATE tags SET label_fr = '' WHERE key = 'leadership'").Execute(); err != nil {
			t.Fatal(err)
		}
	}
	headers, factory := as(matching(noFrenchLeadership), "mia")
	for _, c := range []struct{ name, url string }{
		{"the directory", "/programs/open-mentors/mentors"},
		{"a mentor's profile", "/programs/open-mentors/mentors/" + mwApp("ada")},
	} {
		(&tests.ApiScenario{Name: c.name, Method: http.MethodGet, URL: c.url, Headers: headers, TestAppFactory: factory,
			ExpectedStatus:     http.StatusOK,
			ExpectedContent:    []string{`<span lang="en">Leadership</span>`, `ce mentor : <span lang="en">Leadership</span>`, "Technologie"},
			NotExpectedContent: []string{"Leadership (fr)"}}).Test(t)
	}
	(&tests.ApiScenario{Name: "the directory's skill filter", Method: http.MethodGet, URL: "/programs/open-mentors/mentors",
		Headers: headers, TestAppFactory: factory, ExpectedStatus: http.StatusOK,
		ExpectedContent: []string{`lang="en">Leadership</option>`}}).Test(t)

	w := seedApplication(t, "coordinated")
	ada := w.application(t, "ada", "mentee", nil)
	if _, err := w.app.DB().NewQuery("UPDATE tags SET label_sv = '' WHERE key = 'energy'").Execute(); err != nil {
		t.Fatal(err)
	}
	w.people["coord"].Set("locale", "sv")
	if err := w.app.Save(w.people["coord"]); err != nil {
		t.Fatal(err)
	}
	checkPage(t, "a review in Swedish", w.page(t, newHandler(t, w.app), "coord", "/coordinate/open-call/applications/"+ada.Id),
		[]string{`<span lang="en">Energy</span>`}, nil)
}

// TestCharterInAnotherLanguageIsMarked: a charter not written in the reader's language is
// shown in the programme's first language, marked with it; one written in theirs is not.
func TestCharterInAnotherLanguageIsMarked(t *testing.T) {
	t.Parallel()
	w := seedApplication(t, "coordinated")
	w.charter(t, 2, "We meet monthly.", "Nous nous voyons chaque mois.", "")
	h := newHandler(t, w.app)
	checkPage(t, "the charter for a Swedish reader", w.page(t, h, "ada", "/programs/open-call/charter"),
		[]string{`<div class="prose card" id="charter-text" lang="fr">`, "Nous nous voyons chaque mois."}, []string{"We meet monthly."})
	checkPage(t, "the charter for an English reader", w.page(t, h, "eve", "/programs/open-call/charter"),
		[]string{`<div class="prose card" id="charter-text">`, "We meet monthly."}, nil)
}
