package pb_hooks_test

import (
	"net/http"
	"testing"

	"github.com/pocketbase/pocketbase/tests"
)

func TestCharterGateThroughTheAPI(t *testing.T) {
	w := newWorld(t)
	url := "/api/collections/applications/records"
	apply := `{"program":"` + id("alpha") + `","user":"` + id("stranger") + `","role":"mentee","status":"submitted"}`
	refused := []string{`"charter":{"code":"mentoring.error.charter_not_accepted"`}
	run(t, []tests.ApiScenario{
		w.call("no acceptance: refused", "stranger", http.MethodPost, url, apply, 400, refused, nil),
		withSetup(w.call("the current version accepted: submitted", "stranger", http.MethodPost, url, apply, 200,
			[]string{`"status":"submitted"`}, nil), acceptAlpha("1")),
		withSetup(w.call("a new version published: the old acceptance is not enough", "stranger", http.MethodPost, url, apply, 400, refused, nil),
			func(t testing.TB, app *tests.TestApp) { acceptAlpha("1")(t, app); publishAlphaV2(t, app) }),
		withSetup(w.call("the new version accepted: submitted", "stranger", http.MethodPost, url, apply, 200,
			[]string{`"status":"submitted"`}, nil),
			func(t testing.TB, app *tests.TestApp) { publishAlphaV2(t, app); acceptAlpha("2")(t, app) }),
		w.call("the dashboard (a superuser) obeys the gate too", "superuser", http.MethodPost, url, apply, 400, refused, nil),
		withSetup(w.call("the dashboard with an acceptance", "superuser", http.MethodPost, url, apply, 200,
			[]string{`"status":"submitted"`}, nil), acceptAlpha("1")),
		withSetup(w.call("a withdrawn application is not submitted again without the new version", "coorda", http.MethodPatch,
			url+"/"+id("appmentee3"), `{"status":"submitted"}`, 400, refused, nil),
			func(t testing.TB, app *tests.TestApp) {
				publishAlphaV2(t, app)
				r, _ := app.FindRecordById("applications", id("appmentee3"))
				r.Set("status", "withdrawn")
				if err := app.Save(r); err != nil {
					t.Fatal(err)
				}
			}),
	})
}
