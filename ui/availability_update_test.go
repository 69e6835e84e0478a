package ui_test

import (
	"net/http"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/tests"
)

// A mentor pauses and resumes from their pause page; the day typed is checked as the REST API
// checks it, beside the field, and what was typed stays.
func TestAMentorPausesAndResumes(t *testing.T) {
	t.Parallel()
	page := "/applications/" + mwApp("ada") + "/availability"
	ahead := time.Now().AddDate(0, 0, 21).Format(time.DateOnly)
	pausedUntil := func(want string) func(testing.TB, *tests.TestApp, *http.Response) {
		return func(t testing.TB, app *tests.TestApp, _ *http.Response) {
			ada, err := app.FindRecordById("applications", mwApp("ada"))
			if err != nil {
				t.Fatal(err)
			}
			program, err := app.FindRecordById("programs", ada.GetString("program"))
			if err != nil {
				t.Fatal(err)
			}
			zone, _ := time.LoadLocation(program.GetString("timezone"))
			got := ada.GetDateTime("paused_until")
			if (want == "") != got.IsZero() || (want != "" && got.Time().In(zone).Format("2006-01-02 15:04") != want+" 00:00") {
				t.Errorf("paused_until = %v, want the start of %q", got, want)
			}
		}
	}
	scenarios := []struct {
		name, person, method, url string
		body                      []string
		prepare                   func(testing.TB, *matchingWorld)
		status                    int
		want                      []string
		after                     func(testing.TB, *tests.TestApp, *http.Response)
	}{
		{name: "the mentor sees she takes new mentees, in Swedish", person: "ada", method: http.MethodGet, url: page,
			status: http.StatusOK, want: []string{"Tar emot nya adepter", `type="date"`, `id="pause-submit"`}},
		{name: "pausing until a day to come", person: "ada", method: http.MethodPost, url: page,
			body: []string{"paused_until", ahead}, status: http.StatusSeeOther, after: pausedUntil(ahead)},
		{name: "a day gone by is refused beside the field, kept", person: "ada", method: http.MethodPost, url: page,
			body: []string{"paused_until", "2020-01-01"}, status: http.StatusUnprocessableEntity,
			want: []string{`id="e-paused_until"`, "Välj en dag efter i dag.", `value="2020-01-01"`}, after: pausedUntil("")},
		{name: "a day that is no day is refused", person: "ada", method: http.MethodPost, url: page,
			body: []string{"paused_until", "soon"}, status: http.StatusUnprocessableEntity,
			want: []string{"Ange en dag, t.ex. 2027-01-15.", `value="soon"`}},
		{name: "more than a year ahead is refused", person: "ada", method: http.MethodPost, url: page,
			body: []string{"paused_until", time.Now().AddDate(1, 1, 0).Format(time.DateOnly)}, status: http.StatusUnprocessableEntity,
			want: []string{"Välj en dag inom ett år från nu."}},
		{name: "a paused mentor sees the day and resumes", person: "ada", method: http.MethodGet, url: page,
			prepare: pauseMentor("ada", 10), status: http.StatusOK,
			want: []string{"Pausad till " + time.Now().UTC().AddDate(0, 0, 10).Format(time.DateOnly), `id="pause-resume"`}},
		{name: "resuming clears the pause", person: "ada", method: http.MethodPost, url: page,
			prepare: pauseMentor("ada", 10), body: []string{"action", "resume"}, status: http.StatusSeeOther, after: pausedUntil("")},
		{name: "nobody else opens a mentor's pause page", person: "mia", method: http.MethodGet, url: page,
			status: http.StatusNotFound, want: []string{"Page introuvable"}},
		{name: "nor pauses it", person: "mia", method: http.MethodPost, url: page,
			body: []string{"paused_until", ahead}, status: http.StatusNotFound,
			want: []string{"Page introuvable"}, after: pausedUntil("")},
		{name: "a mentee's application has no pause page", person: "mia", method: http.MethodGet,
			url: "/applications/" + mwApp("mia") + "/availability", status: http.StatusNotFound, want: []string{"Page introuvable"}},
	}
	for _, s := range scenarios {
		var prepare []func(testing.TB, *matchingWorld)
		if s.prepare != nil {
			prepare = append(prepare, s.prepare)
		}
		headers, factory := as(matching(prepare...), s.person)
		scenario := tests.ApiScenario{Name: s.name, Method: s.method, URL: s.url, Headers: headers,
			TestAppFactory: factory, ExpectedStatus: s.status, ExpectedContent: s.want, AfterTestFunc: s.after}
		if s.method == http.MethodPost {
			scenario.Body = form(true, s.body...)
		}
		scenario.Test(t)
	}
}

// pauseMentor pauses person's application until the start of the day days ahead (UTC, the
// matching world's programme clock).
func pauseMentor(person string, days int) func(testing.TB, *matchingWorld) {
	return func(t testing.TB, w *matchingWorld) {
		now := time.Now().UTC()
		until := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC).AddDate(0, 0, days)
		w.build.Update(w.apps[person], map[string]any{"paused_until": until})
	}
}
