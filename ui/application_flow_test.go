package ui_test

import (
	"html/template"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"

	messages "github.com/mentorbase/mentorbase/catalog"
	"github.com/mentorbase/mentorbase/mentoring"
)

// post encodes a form with the CSRF token; values may repeat a name (checkbox groups).
func post(pairs ...string) *strings.Reader {
	v := url.Values{"csrf": {csrf}}
	for i := 0; i+1 < len(pairs); i += 2 {
		v.Add(pairs[i], pairs[i+1])
	}
	return strings.NewReader(v.Encode())
}

// say is a catalog message as a page shows it (HTML-escaped).
func say(locale, key string, args ...any) string {
	return template.HTMLEscapeString(messages.Catalog.T(locale, key, args...))
}

func TestCharterStepComesBeforeTheForm(t *testing.T) {
	t.Parallel()
	scenarios := []tests.ApiScenario{}
	add := func(s tests.ApiScenario, person string, setup func(testing.TB, *applicationWorld)) {
		s.Headers, s.TestAppFactory = as(applicationsIn("coordinated", setup), person)
		scenarios = append(scenarios, s)
	}
	add(tests.ApiScenario{Name: "a visitor is sent to sign in first", Method: http.MethodGet,
		URL: "/programs/open-call/apply/mentee", ExpectedStatus: http.StatusSeeOther,
		AfterTestFunc: func(t testing.TB, app *tests.TestApp, res *http.Response) {
			if got := res.Header.Get("Location"); got != "/login?next=%2Fprograms%2Fopen-call%2Fapply%2Fmentee" {
				t.Errorf("Location = %q", got)
			}
		}}, "visitor", nil)
	add(tests.ApiScenario{Name: "the charter in the reader's language, without the form", Method: http.MethodGet,
		URL: "/programs/open-call/apply/mentee", ExpectedStatus: http.StatusOK,
		ExpectedContent:    []string{"Vi lovar att träffas <strong>en gång i månaden</strong>", `id="charter-accept"`, `name="accept"`, `name="role" value="mentee"`},
		NotExpectedContent: []string{`id="apply-submit"`}}, "ada", nil)
	add(tests.ApiScenario{Name: "the programme's first language when the reader's is missing", Method: http.MethodGet,
		URL: "/programs/open-call/apply/mentor", ExpectedStatus: http.StatusOK,
		ExpectedContent: []string{"Nous nous engageons"}}, "ada", func(t testing.TB, w *applicationWorld) {
		_, err := w.app.DB().NewQuery("UPDATE charters SET body_sv = ''").Execute()
		if err != nil {
			t.Fatal(err)
		}
	})
	add(tests.ApiScenario{Name: "accepting without ticking the box says so", Method: http.MethodPost,
		URL: "/programs/open-call/charter", Body: post("role", "mentee", "next", "/programs/open-call/apply/mentee"),
		ExpectedStatus: http.StatusUnprocessableEntity, ExpectedContent: []string{say("sv", "application.charter.must_tick")}}, "ada", nil)
	add(tests.ApiScenario{Name: "accepting records the version and the role, then goes to the form", Method: http.MethodPost,
		URL: "/programs/open-call/charter", Body: post("role", "mentee", "accept", "on", "next", "/programs/open-call/apply/mentee"),
		ExpectedStatus: http.StatusSeeOther,
		AfterTestFunc: func(t testing.TB, app *tests.TestApp, res *http.Response) {
			if got := res.Header.Get("Location"); got != "/programs/open-call/apply/mentee" {
				t.Errorf("Location = %q", got)
			}
			acceptance, err := app.FindFirstRecordByFilter("charter_acceptances", "user.email = 'ada@example.org'")
			if err != nil {
				t.Fatal("no acceptance recorded")
			}
			charter, _ := app.FindRecordById("charters", acceptance.GetString("charter"))
			if acceptance.GetString("role") != "mentee" || charter.GetInt("version") != 1 || acceptance.GetDateTime("accepted_at").IsZero() {
				t.Errorf("acceptance role %q version %d", acceptance.GetString("role"), charter.GetInt("version"))
			}
		}}, "ada", nil)
	add(tests.ApiScenario{Name: "after accepting, the form with choosers in the reader's language", Method: http.MethodGet,
		URL: "/programs/open-call/apply/mentee", ExpectedStatus: http.StatusOK,
		ExpectedContent: []string{`id="apply-submit"`, `name="consent"`, "Energi", "Att tala inför publik", "Svenska",
			`<option value="Lille" lang="fr">Lille</option>`, "Videosamtal", `id="f-industries"`, "Mjukvara", `id="f-job_functions"`},
		NotExpectedContent: []string{`id="charter-accept"`, `id="f-industry"`}}, "ada", func(t testing.TB, w *applicationWorld) {
		acceptAs(t, w, "ada", "mentee")
	})
	add(tests.ApiScenario{Name: "the mentor form: industry and job function to choose, skills to tick", Method: http.MethodGet,
		URL: "/programs/open-call/apply/mentor", ExpectedStatus: http.StatusOK,
		ExpectedContent: []string{`id="f-industry"`, ">Software</option>", ">Engineering</option>", `name="skills"`, "Networking",
			`name="english_ok"`, `name="capacity"`, `name="bio"`},
		NotExpectedContent: []string{`name="industries"`, `name="listed_in_directory"`}}, "eve", func(t testing.TB, w *applicationWorld) {
		acceptAs(t, w, "eve", "mentor")
	})
	for _, s := range scenarios {
		s.Test(t)
	}
}

func acceptAs(t testing.TB, w *applicationWorld, person, role string) {
	t.Helper()
	if _, err := mentoring.AcceptCharter(w.app, w.people[person].Id, w.program.Id, role); err != nil {
		t.Fatal(err)
	}
}

func TestApplicationFormErrorsKeepWhatWasTyped(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ person, locale string }{{"eve", "en"}, {"bob", "fr"}, {"ada", "sv"}} {
		headers, factory := as(applicationsIn("coordinated", func(t testing.TB, w *applicationWorld) { acceptAs(t, w, c.person, "mentee") }), c.person)
		(&tests.ApiScenario{Name: "missing consent in " + c.locale, Method: http.MethodPost,
			URL: "/programs/open-call/apply/mentee", Headers: headers, TestAppFactory: factory,
			Body: post("study_programme", "Génie civil", "study_year", "3", "motivation", "Je veux apprendre.",
				"languages", "fr", "languages", "sv", "meeting_modes", "video", "area", "Paris", "city", "Lille"),
			ExpectedStatus: http.StatusUnprocessableEntity,
			ExpectedContent: []string{
				`<p class="error" id="e-consent">` + say(c.locale, "mentoring.field.consent") + `</p>`,
				`value="Génie civil"`, `value="3"`, "Je veux apprendre.</textarea>",
				`value="fr" checked`, `value="sv" checked`, `value="video" checked`, `<option value="Paris" selected`,
			},
			NotExpectedContent: []string{`value="en" checked`},
			AfterTestFunc: func(t testing.TB, app *tests.TestApp, res *http.Response) {
				if n, _ := app.CountRecords("applications"); n != 0 {
					t.Errorf("%d applications saved from an invalid form", n)
				}
			}}).Test(t)
	}
}

func TestApplicationFormRefusesAYearThatIsNotANumber(t *testing.T) {
	t.Parallel()
	headers, factory := as(applicationsIn("coordinated", func(t testing.TB, w *applicationWorld) { acceptAs(t, w, "bob", "mentee") }), "bob")
	(&tests.ApiScenario{Name: "a year in words", Method: http.MethodPost,
		URL: "/programs/open-call/apply/mentee", Headers: headers, TestAppFactory: factory,
		Body:           post("study_programme", "Génie civil", "study_year", "deux", "consent", "on"),
		ExpectedStatus: http.StatusUnprocessableEntity,
		ExpectedContent: []string{`<p class="error" id="e-study_year">` + say("fr", "error.invalid") + `</p>`,
			`value="deux"`, `name="consent" value="on" checked`},
	}).Test(t)
}

func TestApplyingSendsTheApplicationAndShowsItOnMe(t *testing.T) {
	t.Parallel()
	w := seedApplication(t, "coordinated")
	h, ada := newHandler(t, w.app), cookies(t, w.people["ada"])
	steps := []struct {
		method, url string
		body        *strings.Reader
		status      int
	}{
		{http.MethodPost, "/programs/open-call/charter", post("role", "mentee", "accept", "on", "next", "/programs/open-call/apply/mentee"), http.StatusSeeOther},
		{http.MethodPost, "/programs/open-call/apply/mentee", post("study_programme", "Informatik", "study_year", "2",
			"languages", "sv", "meeting_modes", "video", "area", "Lille", "city", "Lille", "motivation", "Lära mig",
			"phone", "+46 70 000 00 00", "consent", "on"), http.StatusSeeOther},
	}
	for _, s := range steps {
		if res := do(h, s.method, s.url, s.body, formHeaders(ada)); res.Code != s.status {
			t.Fatalf("%s %s: %d, want %d\n%s", s.method, s.url, res.Code, s.status, res.Body)
		}
	}
	a, err := w.app.FindFirstRecordByFilter("applications", "user.email = 'ada@example.org'")
	if err != nil || a.GetString("status") != "submitted" || a.GetInt("study_year") != 2 || !a.GetBool("consent") {
		t.Fatalf("application not saved as sent (%v)", err)
	}
	if mail := queuedMail(t, w.app, "application_received", "ada@example.org"); mail.GetString("locale") != "sv" {
		t.Errorf("mail in %q, want sv", mail.GetString("locale"))
	}
	page := do(h, http.MethodGet, "/me", nil, map[string]string{"Cookie": ada}).Body.String()
	for _, want := range []string{"Open Call", say("sv", "application.status.submitted"),
		say("sv", "me.step.wait_approval"), `href="/applications/` + a.Id + `/edit"`} {
		if !strings.Contains(page, want) {
			t.Errorf("/me lacks %q", want)
		}
	}
}

func TestOneRolePerProgramme(t *testing.T) {
	t.Parallel()
	for _, method := range []string{http.MethodGet, http.MethodPost} {
		headers, factory := as(applicationsIn("coordinated", func(t testing.TB, w *applicationWorld) { w.application(t, "ada", "mentor", nil) }), "ada")
		(&tests.ApiScenario{Name: method + " as mentee after applying as mentor", Method: method,
			URL: "/programs/open-call/apply/mentee", Headers: headers, TestAppFactory: factory, Body: post("consent", "on"),
			ExpectedStatus:     http.StatusConflict,
			ExpectedContent:    []string{say("sv", "application.error.already_mentor"), "/edit"},
			NotExpectedContent: []string{`id="apply-submit"`},
			AfterTestFunc: func(t testing.TB, app *tests.TestApp, res *http.Response) {
				if n, _ := app.CountRecords("applications", dbx.HashExp{"role": "mentee"}); n != 0 {
					t.Error("a mentee application was saved")
				}
			}}).Test(t)
	}
}

func userByEmail(t testing.TB, app core.App, email string) *core.Record {
	t.Helper()
	u, err := app.FindAuthRecordByEmail("users", email)
	if err != nil {
		t.Fatal(err)
	}
	return u
}
