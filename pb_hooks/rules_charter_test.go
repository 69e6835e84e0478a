package pb_hooks_test

import (
	"net/http"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/apptest"
	"github.com/mentorbase/mentorbase/mentoring"
)

// acceptedRecently fails unless stranger's acceptance of alpha's charter is dated within the
// last minute: the server's time, not the one sent.
func acceptedRecently(t testing.TB, app *tests.TestApp, _ *http.Response) {
	acceptance, err := app.FindFirstRecordByData("charter_acceptances", "user", id("stranger"))
	if err != nil {
		t.Fatal(err)
	}
	if at := acceptance.GetDateTime("accepted_at").Time(); time.Since(at) > time.Minute || time.Since(at) < 0 {
		t.Errorf("accepted_at %s, want the time of the request", at)
	}
}

// A charter acceptance is dated by the server when it is made, whatever the client sends, and
// keeps that date: nobody (the dashboard included) moves a signature in time.
func TestRulesTheServerDatesACharterAcceptance(t *testing.T) {
	w := newWorld(t)
	url := "/api/collections/charter_acceptances/records"
	accept := func(extra string) string {
		return `{"user":"` + id("stranger") + `","charter":"` + id("charteralpha1") + `","role":"mentee"` + extra + `}`
	}
	withoutDate := w.call("accepting needs no date", "stranger", http.MethodPost, url, accept(""), 200, []string{`"role":"mentee"`}, nil)
	withoutDate.AfterTestFunc = acceptedRecently
	backdated := w.call("a date sent is ignored", "stranger", http.MethodPost, url, accept(`,"accepted_at":"2020-01-01 10:00:00.000Z"`), 200,
		[]string{`"role":"mentee"`}, []string{"2020-01-01"})
	backdated.AfterTestFunc = acceptedRecently
	run(t, []tests.ApiScenario{
		withoutDate,
		backdated,
		withSetup(w.call("a superuser cannot move it later", "superuser", http.MethodPatch, url+"/"+id("acceptance"),
			`{"accepted_at":"2020-01-01 10:00:00.000Z"}`, 400, []string{`"accepted_at":{"code":"parity.error.accepted_at"`}, nil),
			func(t testing.TB, app *tests.TestApp) {
				apptest.Build(t, app).Record("charter_acceptances", map[string]any{"id": id("acceptance"), "user": id("stranger"),
					"charter": id("charteralpha1"), "role": "mentee"})
			}),
	})
}

// The portal's acceptance (mentoring.AcceptCharter) is dated by the same rule.
func TestThePortalAcceptsACharter(t *testing.T) {
	app := newWorld(t).app(t)
	defer app.Cleanup()
	if _, err := mentoring.AcceptCharter(app, id("stranger"), id("alpha"), "mentee"); err != nil {
		t.Fatal(err)
	}
	acceptedRecently(t, app, nil)
}
