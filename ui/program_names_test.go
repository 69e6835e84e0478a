package ui_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/tests"
)

// namedInTwoLanguages gives the open-call programme (French, then English) a French and an
// English name, and makes ada (Swedish) and eve (English) apply as mentees.
func namedInTwoLanguages(t testing.TB, w *applicationWorld) {
	w.program.Set("name_fr", "Appel ouvert")
	w.program.Set("name_en", "Open Call")
	w.program.Set("name", "Appel ouvert")
	if err := w.app.Save(w.program); err != nil {
		t.Fatal(err)
	}
	w.application(t, "ada", "mentee", nil)
	w.application(t, "eve", "mentee", nil)
}

// TestProgrammeNamesFollowTheReader: pages, lists and sentences name a programme in the
// reader's language when it has a name in it, else in its first language with that
// language marked on the name alone (WCAG 3.1.2).
func TestProgrammeNamesFollowTheReader(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name, person, locale, url string
		want, notWant             []string
	}{
		{"an English coordinator's applications list", "coord", "en", "/coordinate/open-call/applications",
			[]string{"<h1>Applications to Open Call</h1>", `<a href="/programs/open-call">Open Call</a>`}, []string{"Appel ouvert"}},
		{"a Swedish coordinator's applications list", "coord", "sv", "/coordinate/open-call/applications",
			[]string{`<h1>Ansökningar till <span lang="fr">Appel ouvert</span></h1>`}, []string{"Open Call"}},
		{"the coordinators' programme list", "coord", "en", "/coordinate",
			[]string{`<a href="/programs/open-call">Open Call</a>`}, []string{"Appel ouvert"}},
		{"the matching console in French", "coord", "fr", "/coordinate/open-call/matching",
			[]string{"<h1>Appariement : Appel ouvert</h1>"}, []string{"Open Call"}},
		{"the programme's settings in English", "coord", "en", "/coordinate/open-call/settings",
			[]string{`<p class="lead">Open Call</p>`}, nil},
		{"/me of an English mentee", "eve", "en", "/me",
			[]string{`<a href="/programs/open-call">Open Call</a>`}, []string{"Appel ouvert"}},
		{"/me of a Swedish mentee", "ada", "sv", "/me",
			[]string{`<a href="/programs/open-call" lang="fr">Appel ouvert</a>`}, []string{"Open Call"}},
	} {
		world := applicationsIn("coordinated", func(t testing.TB, w *applicationWorld) {
			namedInTwoLanguages(t, w)
			w.people[c.person].Set("locale", c.locale)
			if err := w.app.Save(w.people[c.person]); err != nil {
				t.Fatal(err)
			}
		})
		headers, factory := as(world, c.person, "Accept-Language", c.locale, "Cookie", "lang="+c.locale)
		(&tests.ApiScenario{Name: c.name, Method: http.MethodGet, URL: c.url, Headers: headers, TestAppFactory: factory,
			ExpectedStatus: http.StatusOK, ExpectedContent: c.want, NotExpectedContent: c.notWant}).Test(t)
	}
}

// TestProgrammeNamesInMailsFollowTheRecipient: the e-mail confirming an application names
// the programme in the applicant's language when it has a name in it, else in its first,
// marked with that language in the HTML part (WCAG 3.1.2).
func TestProgrammeNamesInMailsFollowTheRecipient(t *testing.T) {
	t.Parallel()
	w := seedApplication(t, "coordinated")
	namedInTwoLanguages(t, w)
	for _, c := range []struct{ person, want, notWant, html string }{
		{"eve", "Open Call", "Appel ouvert", "<p>Thank you for applying to Open Call"},
		{"ada", "Appel ouvert", "Open Call", `<span lang="fr">Appel ouvert</span>`},
	} {
		mail := queuedMail(t, w.app, "application_received", w.people[c.person].Email())
		text := mail.GetString("subject") + "\n" + mail.GetString("text")
		if !strings.Contains(text, c.want) || strings.Contains(text, c.notWant) || strings.Contains(text, "<span") {
			t.Errorf("%s's mail names the programme wrongly:\n%s", c.person, text)
		}
		if html := mail.GetString("html"); !strings.Contains(html, c.html) || strings.Contains(html, c.notWant) {
			t.Errorf("%s's HTML mail does not hold %s:\n%s", c.person, c.html, html)
		}
	}
}

// sayNaming is say with named, HTML as the page writes it, for {program}.
func sayNaming(locale, key, named string, args ...any) string {
	return strings.Replace(say(locale, key, append([]any{"program", "\x01"}, args...)...), "\x01", named, 1)
}
