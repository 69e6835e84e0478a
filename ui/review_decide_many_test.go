package ui_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/mentoring"
)

// seedBulk adds to the intake world three submitted mentees writing in three languages, one
// imported who has not confirmed, one who withdrew, and an application to another programme.
func seedBulk(t testing.TB, app *tests.TestApp) {
	seedIntake(t, app)
	program, err := app.FindFirstRecordByData(kernel.CollectionPrograms, "slug", "lille")
	if err != nil {
		t.Fatal(err)
	}
	other := createProgram(t, app, "elsewhere", "Ailleurs", true)
	for _, p := range [][4]string{{"ana", "fr", "submitted", program.Id}, {"bo", "sv", "submitted", program.Id},
		{"cy", "en", "submitted", program.Id}, {"ida", "fr", "imported", program.Id}, {"wes", "en", "withdrawn", program.Id},
		{"xan", "en", "submitted", other.Id}} {
		saveWith(t, app, "users", p[0], map[string]any{"email": p[0] + "@example.org", "name": strings.ToUpper(p[0][:1]) + p[0][1:],
			"password": password, "verified": true, "locale": p[1]})
		saveWith(t, app, "applications", "app"+p[0], map[string]any{"program": p[3], "user": wid(p[0]), "role": "mentee",
			"status": p[2], "area": "Nord", "languages": []string{p[1]}, "meeting_modes": []string{"video"}, "consent": p[2] != "imported"})
	}
}

func bulkWorld(t testing.TB) *tests.TestApp { return portalWorld(t, "bulk", seedBulk) }

// decisionMails are the decision letters queued, by recipient.
func decisionMails(t testing.TB, app *tests.TestApp) map[string]string {
	t.Helper()
	mails, err := app.FindAllRecords(kernel.CollectionOutbox, dbx.HashExp{"kind": "application_decision"})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, m := range mails {
		out[m.GetString("to")] += m.GetString("locale")
	}
	return out
}

// Deciding on many: each applicant whose status changes is told once, in their language;
// a second click, an imported or withdrawn application and another programme's are left
// alone; ticking nothing is an error beside the list; someone else gets 404.
func TestDecideOnManyApplicationsTellsEachOnce(t *testing.T) {
	t.Parallel()
	ids := func(names ...string) []string {
		var pairs []string
		for _, n := range names {
			pairs = append(pairs, "ids", wid("app"+n))
		}
		return pairs
	}
	scenarios := []struct {
		name, person string
		before       bool // the three were approved by a first click
		body         []string
		status       int
		want         []string
		mails        map[string]string
	}{
		{"three approved, each told in their language", "coord", false,
			append([]string{"decision", "approved", "message", "Bienvenue !", "back", "/coordinate/lille/applications?role=mentee"}, ids("ana", "bo", "cy")...),
			http.StatusSeeOther, nil, map[string]string{"ana@example.org": "fr", "bo@example.org": "sv", "cy@example.org": "en"}},
		{"a second click tells nobody again", "coord", true,
			append([]string{"decision", "approved", "message", "Bienvenue !"}, ids("ana", "bo", "cy")...),
			http.StatusSeeOther, nil, map[string]string{"ana@example.org": "fr", "bo@example.org": "sv", "cy@example.org": "en"}},
		{"imported, withdrawn and another programme's are left alone", "coord", false,
			append([]string{"decision", "rejected"}, ids("ana", "ida", "wes", "xan")...),
			http.StatusSeeOther, nil, map[string]string{"ana@example.org": "fr"}},
		{"nothing ticked", "coord", false, []string{"decision", "approved", "message", "Gardé tel quel"},
			http.StatusUnprocessableEntity, []string{`id="e-ids"`, "Cochez les candidatures", "Gardé tel quel</textarea>"}, map[string]string{}},
		{"not a coordinator", "other", false, append([]string{"decision", "approved"}, ids("ana")...),
			http.StatusNotFound, []string{"Sidan hittades inte"}, map[string]string{}},
	}
	for _, sc := range scenarios {
		headers, factory := as(bulkWorld, sc.person)
		s := tests.ApiScenario{Name: sc.name, Method: http.MethodPost, URL: "/coordinate/lille/applications/decisions",
			Body: formRepeating(sc.body...), Headers: headers, ExpectedStatus: sc.status, ExpectedContent: sc.want,
			TestAppFactory: func(t testing.TB) *tests.TestApp {
				app := factory(t)
				if sc.before {
					program, _ := app.FindFirstRecordByData(kernel.CollectionPrograms, "slug", "lille")
					if _, err := mentoring.DecideMany(app, wid("coord"), program.Id, []string{wid("appana"), wid("appbo"), wid("appcy")}, "approved", ""); err != nil {
						t.Fatal(err)
					}
				}
				return app
			},
			AfterTestFunc: func(t testing.TB, app *tests.TestApp, res *http.Response) {
				got := decisionMails(t, app)
				if len(got) != len(sc.mails) {
					t.Errorf("decision mails %v, want %v", got, sc.mails)
				}
				for to, locale := range sc.mails {
					if got[to] != locale {
						t.Errorf("%s got %q, want one mail in %s", to, got[to], locale)
					}
				}
				if strings.Contains(sc.name, "three approved") && res.Header.Get("Location") != "/coordinate/lille/applications?role=mentee" {
					t.Errorf("back to %q, not the filtered list", res.Header.Get("Location"))
				}
			}}
		s.ExpectedContent = htmlUnlessRedirect(sc.status, sc.want)
		s.Test(t)
	}
}

// formRepeating is the body of a form whose fields may repeat (ticked boxes), with the CSRF
// token; form keeps one value per name.
func formRepeating(pairs ...string) *strings.Reader {
	v := url.Values{"csrf": {csrf}}
	for i := 0; i+1 < len(pairs); i += 2 {
		v.Add(pairs[i], pairs[i+1])
	}
	return strings.NewReader(v.Encode())
}

// The REST API holds the same line as the list: a coordinator cannot decide on an imported
// application its applicant has not confirmed, nor bring back a withdrawn one; deciding the
// same twice tells the applicant once.
func TestDecisionsThroughTheRESTAPIMatchTheList(t *testing.T) {
	t.Parallel()
	scenarios := []struct {
		name, app, status string
		twice             bool
		code              int
		want              []string
		mails             int
	}{
		{"imported", "ida", "approved", false, http.StatusBadRequest, []string{`"status"`, kernel.CodeTransition}, 0},
		{"withdrawn", "wes", "approved", false, http.StatusBadRequest, []string{`"status"`, kernel.CodeTransition}, 0},
		{"submitted, approved twice", "ana", "approved", true, http.StatusOK, []string{`"status":"approved"`}, 1},
	}
	for _, sc := range scenarios {
		headers, factory := as(bulkWorld, "coord")
		path := "/api/collections/applications/records/" + wid("app"+sc.app)
		body := `{"status":"` + sc.status + `"}`
		s := tests.ApiScenario{Name: sc.name, Method: http.MethodPatch, URL: path, Body: strings.NewReader(body),
			Headers: headers, ExpectedStatus: sc.code, ExpectedContent: sc.want,
			TestAppFactory: func(t testing.TB) *tests.TestApp {
				app := factory(t)
				headers["Content-Type"] = "application/json"
				if sc.twice {
					a, err := app.FindRecordById(kernel.CollectionApplications, wid("app"+sc.app))
					if err != nil {
						t.Fatal(err)
					}
					a.Set("status", sc.status)
					if err := app.Save(a); err != nil {
						t.Fatal(err)
					}
				}
				return app
			},
			AfterTestFunc: func(t testing.TB, app *tests.TestApp, _ *http.Response) {
				if n := len(decisionMails(t, app)); n != sc.mails {
					t.Errorf("%d applicants told, want %d", n, sc.mails)
				}
			}}
		s.Test(t)
	}
}

// "Only incomplete applications" lists the imported applicant who has not confirmed, not the
// complete ones, and every row can be ticked for a decision.
func TestTheListFiltersIncompleteApplications(t *testing.T) {
	t.Parallel()
	headers, factory := as(bulkWorld, "coord")
	s := tests.ApiScenario{Name: "incomplete", Method: http.MethodGet, URL: "/coordinate/lille/applications?incomplete=1",
		Headers: headers, TestAppFactory: factory, ExpectedStatus: http.StatusOK,
		ExpectedContent:    []string{`id="row-` + wid("appida") + `"`, `id="select-` + wid("appida") + `"`, "Candidatures trouvées : 1", `id="bulk-form"`},
		NotExpectedContent: []string{`id="row-` + wid("appana") + `"`}}
	s.Test(t)
}
