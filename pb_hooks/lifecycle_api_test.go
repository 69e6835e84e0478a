package pb_hooks_test

import (
	"net/http"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/apptest"
)

// These scenarios run on the rules world (rules_seed_test.go): alpha's charter version 1 is
// published, version 2 is a draft; stranger has no application.

// withSetup runs setup on the scenario's app before the request.
func withSetup(s tests.ApiScenario, setup func(t testing.TB, app *tests.TestApp)) tests.ApiScenario {
	s.BeforeTestFunc = func(t testing.TB, app *tests.TestApp, e *core.ServeEvent) { setup(t, app) }
	return s
}

func acceptAlpha(version string) func(t testing.TB, app *tests.TestApp) {
	return func(t testing.TB, app *tests.TestApp) {
		apptest.Build(t, app).Record("charter_acceptances", map[string]any{"user": id("stranger"),
			"charter": id("charteralpha" + version), "role": "mentee", "accepted_at": time.Now()})
	}
}

func publishAlphaV2(t testing.TB, app *tests.TestApp) {
	charter, err := app.FindRecordById("charters", id("charteralpha2"))
	if err != nil {
		t.Fatal(err)
	}
	charter.Set("published_at", time.Now().Add(-time.Minute))
	if err := app.Save(charter); err != nil {
		t.Fatal(err)
	}
}

func setCapacity(name string, capacity int) func(t testing.TB, app *tests.TestApp) {
	return func(t testing.TB, app *tests.TestApp) {
		r, err := app.FindRecordById("applications", id(name))
		if err != nil {
			t.Fatal(err)
		}
		r.Set("capacity", capacity)
		if err := app.Save(r); err != nil {
			t.Fatal(err)
		}
	}
}

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

func TestCapacityThroughTheAPI(t *testing.T) {
	w := newWorld(t)
	url := "/api/collections/matches/records/" + id("matchdraft") // mentor2 (one active pair) – mentee3
	full := []string{`"status":{"code":"mentoring.error.capacity_full"`}
	run(t, []tests.ApiScenario{
		withSetup(w.call("a coordinator cannot activate a pair of a full mentor", "coorda", http.MethodPatch, url,
			`{"status":"active"}`, 400, full, nil), setCapacity("appmentor2", 1)),
		withSetup(w.call("nor can a superuser in the dashboard", "superuser", http.MethodPatch, url,
			`{"status":"active"}`, 400, full, nil), setCapacity("appmentor2", 1)),
		w.call("with the programme's default capacity (2) there is a seat", "coorda", http.MethodPatch, url,
			`{"status":"active"}`, 200, []string{`"status":"active"`}, nil),
		withSetup(w.call("a superuser cannot create an active pair for a full mentor", "superuser", http.MethodPost,
			"/api/collections/matches/records",
			`{"program":"`+id("alpha")+`","mentor":"`+id("appmentor1")+`","mentee":"`+id("appmentee3")+`","status":"active","origin":"coordinator"}`,
			400, full, nil), setCapacity("appmentor1", 1)),
		w.call("a closed pair does not come back", "coorda", http.MethodPatch, "/api/collections/matches/records/"+id("match3"),
			`{"status":"draft"}`, 400, []string{`"code":"mentoring.error.transition"`}, nil),
	})
}

func TestParticipantsCannotMakePairsOrReadOthersApplications(t *testing.T) {
	w := newWorld(t)
	matches := "/api/collections/matches/records"
	pair := func(mentor, mentee, status, origin string) string {
		return `{"program":"` + id("alpha") + `","mentor":"` + id(mentor) + `","mentee":"` + id(mentee) +
			`","status":"` + status + `","origin":"` + origin + `"}`
	}
	applications := "/api/collections/applications/records"
	run(t, []tests.ApiScenario{
		w.call("a mentee cannot create an active pair", "mentee3", http.MethodPost, matches,
			pair("appmentor3", "appmentee3", "active", "invitation"), 400, nil, []string{`"status":"active"`}),
		w.call("nor a coordinator-made one", "mentee3", http.MethodPost, matches,
			pair("appmentor3", "appmentee3", "active", "coordinator"), 400, nil, []string{`"status":"active"`}),
		w.call("a mentor cannot create an active pair with a mentee", "mentor3", http.MethodPost, matches,
			pair("appmentor3", "appmentee3", "active", "coordinator"), 400, nil, []string{`"status":"active"`}),
		w.call("an invited mentor cannot accept through the API", "mentor3", http.MethodPatch, matches+"/"+id("match3"),
			`{"status":"active"}`, 404, []string{`"data":{}`}, nil),
		w.call("a participant cannot read another's application", "mentee1", http.MethodGet, applications+"/"+id("appmentee2"),
			"", 404, nil, []string{"wishes of mentee2"}),
		w.call("nor find it in the list", "mentee1", http.MethodGet, applications, "", 200,
			[]string{recordJSON("appmentee1")}, []string{recordJSON("appmentee2"), "wishes of mentee2", "decision for mentee2"}),
		w.call("a partner sees the application but not its private answers", "mentor1", http.MethodGet, applications+"/"+id("appmentee1"),
			"", 200, []string{recordJSON("appmentee1")}, []string{"wishes of mentee1", "decision for mentee1"}),
	})
}
