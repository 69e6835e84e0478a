package ui_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/kernel"
)

// The held-out export through the portal: checking it lists the bad rows in the
// coordinator's language and writes nothing; importing stops on the bad rows unless told to
// skip them; then three applicants wait as imported.
// Someone who does not coordinate the programme gets 404; no file is an error beside the
// file input.
func TestImportPageChecksThenImportsOnce(t *testing.T) {
	t.Parallel()
	corrected := []string{"map-9", "meeting_modes", "map-10", "expectations"}
	scenarios := []struct {
		name, person string
		upload       bool
		fields       []string
		status       int
		want         []string
		applications int
	}{
		{"a check lists the problems in French and writes nothing", "coord", true, nil, http.StatusOK,
			[]string{"5 lignes : 3 nouvelles candidatures", "« ines.martin[at]example.fr » n&#39;est pas une adresse e-mail",
				"« Rhône » n&#39;est pas une des zones du programme", `id="f-map-9"`, `name="data"`}, 0},
		{"invalid rows stop the import", "coord", false, append([]string{"action", "import"}, corrected...), http.StatusOK,
			[]string{"Rien n&#39;a été importé : 2 lignes sont invalides", `id="f-skip"`}, 0},
		{"skipping them imports three applicants", "coord", false, append([]string{"action", "import", "skip", "1"}, corrected...),
			http.StatusOK, []string{"Import terminé. 3 nouvelles candidatures (3 nouveaux comptes"}, 3},
		{"no file", "coord", false, []string{"data", ""}, http.StatusUnprocessableEntity, []string{`id="e-file"`, `aria-invalid="true"`}, 0},
		{"not a coordinator", "other", true, nil, http.StatusNotFound, []string{"Sidan hittades inte"}, 0},
	}
	for _, sc := range scenarios {
		headers, factory := as(func(t testing.TB) *tests.TestApp { return portalWorld(t, "intake", seedIntake) }, sc.person)
		s := tests.ApiScenario{Name: sc.name, Method: http.MethodPost, URL: "/coordinate/lille/import", Headers: headers,
			ExpectedStatus: sc.status, ExpectedContent: sc.want,
			AfterTestFunc: func(t testing.TB, app *tests.TestApp, _ *http.Response) {
				n, _ := app.CountRecords(kernel.CollectionApplications, dbx.HashExp{"status": kernel.ApplicationImported})
				if int(n) != sc.applications {
					t.Errorf("%d imported applications, want %d", n, sc.applications)
				}
				if letters, _ := app.CountRecords(kernel.CollectionOutbox); int(letters) != sc.applications {
					t.Errorf("%d letters, want one per imported applicant", letters)
				}
			}}
		s.TestAppFactory = func(t testing.TB) *tests.TestApp {
			app := factory(t)
			body, contentType := importForm(t, sc.upload, sc.fields...)
			s.Body = body
			headers["Content-Type"] = contentType
			return app
		}
		s.Test(t)
	}
}

// A double click on Import: the second import finds every row as it is, says so, and no
// applicant is told twice; the page then counts the three who have not confirmed yet.
func TestImportTwiceChangesNothing(t *testing.T) {
	t.Parallel()
	app := portalWorld(t, "intake", seedIntake)
	handler := newHandler(t, app)
	var said []string
	for range 2 {
		body, contentType := importForm(t, false, "action", "import", "skip", "1", "map-9", "meeting_modes")
		res := do(handler, http.MethodPost, "/coordinate/lille/import", strings.NewReader(body.String()),
			map[string]string{"Cookie": cookies(t, findPerson(t, app, "coord")), "Content-Type": contentType})
		if res.Code != http.StatusOK {
			t.Fatalf("import: %d", res.Code)
		}
		said = append(said, res.Body.String())
	}
	if !strings.Contains(said[0], "3 nouvelles candidatures") || !strings.Contains(said[1], "Rien n&#39;a changé") ||
		!strings.Contains(said[1], "3 candidats importés n&#39;ont pas encore confirmé") {
		t.Errorf("the two clicks did not say what they did")
	}
	if letters, _ := app.CountRecords(kernel.CollectionOutbox); letters != 3 {
		t.Errorf("%d letters, want one per imported applicant", letters)
	}
}
