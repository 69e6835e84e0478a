package ui_test

import (
	"net/http"
	"testing"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"
)

// TestAreasInTheReadersWords: a programme's area is named in the reader's language wherever
// a participant's place is shown — the directory's cards, its area filter and score lines, a mentor's profile,
// an invitation's mentee profile, the coordinators' list of applications — and, with no label
// in that language, by its key in the programme's first language, marked with it (WCAG 3.1.2).
func TestAreasInTheReadersWords(t *testing.T) {
	t.Parallel()
	labelled := func(t testing.TB, w *matchingWorld) {
		w.build.Update(w.open, map[string]any{"areas": []string{"Nord", "Svealand"},
			"area_labels": map[string]any{"Nord": map[string]string{"sv": "Nordfrankrike"}}})
	}
	invited := func(app core.App) string {
		m, err := app.FindFirstRecordByData("matches", "status", "invited")
		if err != nil {
			t.Fatal(err)
		}
		return "/invitations/" + m.Id
	}
	for _, c := range []struct {
		name, person, locale string
		url                  func(core.App) string
		want, notWant        []string
	}{
		{"the directory in Swedish", "mia", "sv", fixed("/programs/open-mentors/mentors"),
			[]string{"Lille, Nordfrankrike", `<option value="Nord">Nordfrankrike</option>`,
				"den här mentorn finns i: Nordfrankrike, Lille.", `<span lang="en">Svealand`}, []string{"Lille, Nord<"}},
		{"the directory in French: the key, marked", "mia", "fr", fixed("/programs/open-mentors/mentors"),
			[]string{`Lille, <span lang="en">Nord</span>`, `<option value="Nord" lang="en">Nord</option>`}, nil},
		{"a mentor's profile in Swedish", "mia", "sv", fixed("/programs/open-mentors/mentors/" + mwApp("ada")),
			[]string{"Lille, Nordfrankrike"}, nil},
		{"an invitation's mentee in Swedish", "ada", "sv", invited, []string{"Lille, Nordfrankrike"}, nil},
		{"the coordinators' list in Swedish", "coord", "sv", fixed("/coordinate/open-mentors/applications"),
			[]string{"Nordfrankrike, Lille"}, []string{"<td>Nord, Lille"}},
	} {
		person, locale := c.person, c.locale
		headers, factory := as(matching(labelled, func(t testing.TB, w *matchingWorld) {
			mwInvite(t, w, "mia", "ada")
			w.build.Update(w.people[person], map[string]any{"locale": locale})
		}), person)
		s := &tests.ApiScenario{Name: c.name, Method: http.MethodGet, Headers: headers, TestAppFactory: factory,
			ExpectedStatus: http.StatusOK, ExpectedContent: c.want, NotExpectedContent: c.notWant}
		url := c.url
		s.BeforeTestFunc = func(t testing.TB, app *tests.TestApp, _ *core.ServeEvent) { s.URL = url(app) }
		s.Test(t)
	}
}
