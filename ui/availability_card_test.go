package ui_test

import (
	"net/http"
	"testing"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/tests"
)

// A mentee reads before writing that a mentor is paused, and how quickly mentors answer; an
// invitation to a paused mentor is refused with the day, the message kept.
func TestTheDirectoryShowsPausesAndAnswerSpeed(t *testing.T) {
	t.Parallel()
	back := time.Now().UTC().AddDate(0, 0, 10).Format(time.DateOnly)
	profile := "/programs/open-mentors/mentors/" + mwApp("ada")
	scenarios := []struct {
		name, method, url string
		body              []string
		prepare           []func(testing.TB, *matchingWorld)
		status            int
		want, notWant     []string
		after             func(testing.TB, *tests.TestApp, *http.Response)
	}{
		{name: "a paused mentor's card says until when, with no invitation button", method: http.MethodGet,
			url: "/programs/open-mentors/mentors", prepare: []func(testing.TB, *matchingWorld){pauseMentor("ada", 10)},
			status: http.StatusOK, want: []string{"En pause jusqu&#39;au " + back,
				`<a class="button invite-button" href="/programs/open-mentors/mentors/` + mwApp("bo")},
			notWant: []string{`<a class="button invite-button" href="` + profile}},
		{name: "the profile says it before the mentee writes", method: http.MethodGet, url: profile,
			prepare: []func(testing.TB, *matchingWorld){pauseMentor("ada", 10)}, status: http.StatusOK,
			want: []string{`id="invite-paused"`, "n&#39;accueille pas de nouveaux mentorés jusqu&#39;au " + back,
				`<button id="invite-submit" type="submit" disabled>`}},
		{name: "an invitation posted anyway is refused with the day, the message kept", method: http.MethodPost,
			url: profile + "/invite", body: []string{"message", "Please, Ada!"},
			prepare: []func(testing.TB, *matchingWorld){pauseMentor("ada", 10)}, status: http.StatusUnprocessableEntity,
			want: []string{`role="alert"`, "Ce mentor n&#39;accueille pas de nouveaux mentorés jusqu&#39;au " + back, "Please, Ada!</textarea>"},
			after: func(t testing.TB, app *tests.TestApp, _ *http.Response) {
				if n, _ := app.CountRecords("matches", dbx.HashExp{"status": "invited"}); n != 0 {
					t.Errorf("%d invitations were made", n)
				}
			}},
		{name: "a pause that has ended needs nobody to lift it", method: http.MethodGet, url: profile,
			prepare: []func(testing.TB, *matchingWorld){pauseMentor("ada", 10), rewind("ada", 11)}, status: http.StatusOK,
			want: []string{`<button id="invite-submit" type="submit">`}, notWant: []string{"invite-paused"}},
		{name: "a mentor who answered two invitations in two days and one in five answers within two days", method: http.MethodGet,
			url: "/programs/open-mentors/mentors", prepare: []func(testing.TB, *matchingWorld){answered("ada", 2, 2, 5)},
			status: http.StatusOK, want: []string{"Répond en général en 2 jours au plus"}},
		{name: "one answer says nothing yet", method: http.MethodGet, url: profile,
			prepare: []func(testing.TB, *matchingWorld){answered("ada", 1)}, status: http.StatusOK,
			notWant: []string{`id="mentor-answers"`}},
	}
	for _, s := range scenarios {
		headers, factory := as(matching(s.prepare...), "mia")
		scenario := tests.ApiScenario{Name: s.name, Method: s.method, URL: s.url, Headers: headers,
			TestAppFactory: factory, ExpectedStatus: s.status, ExpectedContent: s.want,
			NotExpectedContent: s.notWant, AfterTestFunc: s.after}
		if s.method == http.MethodPost {
			scenario.Body = form(true, s.body...)
		}
		scenario.Test(t)
	}
}

// rewind moves person's pause days back, as if that much time had passed (the hooks refuse
// saving a day gone by, so it is written straight to the database).
func rewind(person string, days int) func(testing.TB, *matchingWorld) {
	return func(t testing.TB, w *matchingWorld) {
		a, err := w.app.FindRecordById("applications", mwApp(person))
		if err != nil {
			t.Fatal(err)
		}
		until := a.GetDateTime("paused_until").Time().AddDate(0, 0, -days)
		_, err = w.app.DB().Update("applications", dbx.Params{"paused_until": until.Format("2006-01-02 15:04:05.000Z")},
			dbx.HashExp{"id": a.Id}).Execute()
		if err != nil {
			t.Fatal(err)
		}
	}
}

// answered gives mentor person past invitations from mia, each declined the given number of
// days after it was sent (written straight to the database, since the dates are the server's).
func answered(person string, days ...int) func(testing.TB, *matchingWorld) {
	return func(t testing.TB, w *matchingWorld) {
		for i, d := range days {
			sent := time.Now().UTC().AddDate(0, -1, -i)
			m := w.build.Record("matches", map[string]any{"program": w.open.Id, "mentor": w.apps[person].Id,
				"mentee": w.apps["mia"].Id, "status": "declined", "origin": "invitation", "message": "Hello"})
			_, err := w.app.DB().Update("matches", dbx.Params{
				"created": sent.Format("2006-01-02 15:04:05.000Z"),
				"updated": sent.Add(time.Duration(d)*24*time.Hour - time.Hour).Format("2006-01-02 15:04:05.000Z"),
			}, dbx.HashExp{"id": m.Id}).Execute()
			if err != nil {
				t.Fatal(err)
			}
		}
	}
}
