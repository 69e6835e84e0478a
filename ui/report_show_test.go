package ui_test

import (
	"github.com/mentorbase/mentorbase/apptest"
	"io"
	"net/http"
	"regexp"
	"testing"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"
)

// The report shows the coordinators (here in Swedish) and superusers the funnel and the
// meetings as SVG charts, each with its table, and links the exports; without an earlier run
// it says how to make the next one (Run again next year, which links the two). Nobody else
// finds it.
func TestTheReportIsForCoordinatorsAndSuperusers(t *testing.T) {
	t.Parallel()
	report := "/coordinate/alumni/report"
	seen := []string{"Rapport: ", `<svg viewBox=`, `aria-hidden="true"`, `<div class="sr-only"><table>`,
		`id="chart-funnel"`, "Adepter som ansökte", `id="chart-meetings"`, `href="/coordinate/alumni/export/pairs.csv"`,
		"Programmet rekommenderar 6 möten.", `id="form-program_feedback"`, "report.css",
		"Nästa omgång, som skapas med ”Kör igen nästa år”", `href="/coordinate/alumni/settings#copy-heading"`}
	for _, s := range []struct {
		name, person  string
		status        int
		want, notWant []string
	}{
		{"the coordinator", "coord", 200, seen, nil},
		{"another programme's coordinator", "other", 404, []string{"Page not found"}, []string{"chart-funnel"}},
		{"a participant", "marie", 404, []string{"Page not found"}, []string{"chart-funnel"}},
		{"a visitor", "visitor", 303, nil, nil},
		{"a superuser", "superuser", 200, []string{`id="chart-funnel"`, "Mentees who applied"}, nil},
	} {
		person := s.person
		if person == "superuser" {
			person = "visitor"
		}
		headers, factory := as(seedFollowedPairs, person)
		(&tests.ApiScenario{Name: s.name, Method: http.MethodGet, URL: report, Headers: headers,
			TestAppFactory: func(t testing.TB) *tests.TestApp {
				app := factory(t)
				if s.person == "superuser" {
					headers["Authorization"] = superuserToken(t, app)
				}
				return app
			},
			ExpectedStatus: s.status, ExpectedContent: s.want, NotExpectedContent: s.notWant}).Test(t)
	}
}

// An earlier run of the programme (its previous run, or that one's) that the coordinator also
// ran appears beside it; one she did not coordinate does not, nor one with a like address
// that is not linked. A run without applicants has no match rate nor averages per pair (—),
// rather than figures of 0 that would read as results.
func TestTheReportComparesTheEarlierRuns(t *testing.T) {
	t.Parallel()
	headers, factory := as(seedFollowedPairs, "coord")
	(&tests.ApiScenario{Name: "earlier runs", Method: http.MethodGet, URL: "/coordinate/alumni/report", Headers: headers,
		TestAppFactory: func(t testing.TB) *tests.TestApp {
			app := factory(t)
			later, err := app.FindFirstRecordByData("programs", "slug", "alumni")
			if err != nil {
				t.Fatal(err)
			}
			for _, run := range []struct {
				slug, coordinator string
				linked            bool
			}{{"alumni-2025", wid("coord"), true}, {"alumni-2024", wid("other"), true}, {"alumni-2023", wid("coord"), false}} {
				r := createProgram(t, app, run.slug, "Run "+run.slug, true, run.coordinator)
				for _, field := range []string{"applications_open_at", "applications_close_at", "starts_at", "ends_at"} {
					r.Set(field, r.GetDateTime(field).Time().AddDate(-1, 0, 0))
				}
				apptest.Build(t, app).Save(r)
				if run.linked {
					later.Set("previous_run", r.Id)
					apptest.Build(t, app).Save(later)
					later = r
				}
			}
			return app
		},
		ExpectedStatus: 200, ExpectedContent: []string{`id="runs-table"`, "Alumni mentoring (", "Run alumni-2025 ("},
		NotExpectedContent: []string{"Run alumni-2024", "Run alumni-2023"},
		AfterTestFunc: func(t testing.TB, _ *tests.TestApp, res *http.Response) {
			body, _ := io.ReadAll(res.Body)
			for _, figure := range []string{"Godkända adepter som matchades", "Dagar från ansökan till matchning (medel)",
				"Hållna möten per par (medel)", "Timmar per par (medel)"} {
				row := regexp.MustCompile(`<th scope="row">` + regexp.QuoteMeta(figure) + `</th><td>([^<]*)</td><td>([^<]*)</td>`).FindSubmatch(body)
				if row == nil || string(row[1]) == "—" || string(row[2]) != "—" {
					t.Errorf("%s: %q, want this run's figure, then — for the run without applicants", figure, row)
				}
			}
		}}).Test(t)
}

// superuserToken saves a superuser in app and returns its auth token.
func superuserToken(t testing.TB, app core.App) string {
	t.Helper()
	collection, err := app.FindCollectionByNameOrId(core.CollectionNameSuperusers)
	if err != nil {
		t.Fatal(err)
	}
	su := core.NewRecord(collection)
	su.SetEmail("root@example.org")
	su.SetPassword("root-password-123")
	if err := app.Save(su); err != nil {
		t.Fatal(err)
	}
	token, err := su.NewAuthToken()
	if err != nil {
		t.Fatal(err)
	}
	return token
}
