package pb_hooks_test

import (
	"net/http"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/apptest"
)

// A mentor's pause through the REST API: the same limits as the portal's form, and an
// invitation to a paused mentor refused with the day they take mentees again.
func TestAPauseThroughTheAPI(t *testing.T) {
	w := newWorld(t)
	mentor3 := "/api/collections/applications/records/" + id("appmentor3")
	day := func(days int) string {
		return time.Now().UTC().AddDate(0, 0, days).Format("2006-01-02") + " 00:00:00.000Z"
	}
	invite := `{"program":"` + id("alpha") + `","mentor":"` + id("appmentor3") + `","mentee":"` + id("appmentee1") +
		`","status":"invited","origin":"invitation","message":"Hello"}`
	run(t, []tests.ApiScenario{
		w.call("a mentor pauses until a day to come", "mentor3", http.MethodPatch, mentor3,
			`{"paused_until":"`+day(20)+`"}`, 200, []string{`"paused_until":"` + day(20) + `"`}, nil),
		w.call("not until a day gone by", "mentor3", http.MethodPatch, mentor3,
			`{"paused_until":"`+day(-1)+`"}`, 400, []string{`"paused_until":{"code":"availability.error.past"`}, nil),
		w.call("nor more than a year ahead", "mentor3", http.MethodPatch, mentor3,
			`{"paused_until":"`+day(400)+`"}`, 400, []string{`"code":"availability.error.too_far"`}, nil),
		w.call("a mentee has no pause", "mentee3", http.MethodPatch, "/api/collections/applications/records/"+id("appmentee3"),
			`{"paused_until":"`+day(20)+`"}`, 400, []string{`"code":"availability.error.not_mentor"`}, nil),
		withSetup(w.call("resuming clears the day", "mentor3", http.MethodPatch, mentor3,
			`{"paused_until":""}`, 200, []string{`"paused_until":""`}, nil), pause("appmentor3", 20)),
		withSetup(w.call("an invitation to a paused mentor is refused with the day", "coorda", http.MethodPost,
			"/api/collections/matches/records", invite, 400,
			[]string{`"mentor":{"code":"availability.error.paused"`, "until " + day(20)[:10]}, nil), pause("appmentor3", 20)),
		w.call("the same invitation to the mentor taking mentees goes through", "coorda", http.MethodPost,
			"/api/collections/matches/records", invite, 200, []string{`"status":"invited"`}, nil),
	})
}

// pause has the mentor of application name paused until the start of a day days ahead (UTC,
// the rules world's programme clock).
func pause(name string, days int) func(t testing.TB, app *tests.TestApp) {
	return func(t testing.TB, app *tests.TestApp) {
		r, err := app.FindRecordById("applications", id(name))
		if err != nil {
			t.Fatal(err)
		}
		now := time.Now().UTC()
		until := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC).AddDate(0, 0, days)
		apptest.Build(t, app).Update(r, map[string]any{"paused_until": until})
	}
}
