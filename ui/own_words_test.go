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
