package pb_hooks_test

import (
	"net/http"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"
)

// The REST API refuses what the portal refuses when a meeting is marked held: a meeting that
// has not started, and minutes no meeting takes. meeting1 started on 2026-02-01.
func TestAMeetingIsHeldOnlyOnceStartedAndForPlausibleMinutes(t *testing.T) {
	w := newWorld(t)
	url := "/api/collections/meetings/records/" + id("meeting1")
	held := func(name string, minutes string, status int, expected []string, before map[string]any) tests.ApiScenario {
		s := w.call(name, "mentor1", http.MethodPatch, url, `{"status":"held","minutes_spent":`+minutes+`}`, status, expected, nil)
		s.BeforeTestFunc = func(t testing.TB, app *tests.TestApp, _ *core.ServeEvent) { setMeeting(t, app, before) }
		return s
	}
	soon := time.Now().AddDate(0, 1, 0).UTC()
	future := map[string]any{"starts_at": soon, "ends_at": soon.Add(time.Hour)}
	run(t, []tests.ApiScenario{
		held("a future meeting cannot be marked held", "60", 400, []string{`"status":{"code":"validation_meeting_not_started"`}, future),
		held("a day of minutes is not a meeting", "1440", 400, []string{`"minutes_spent":{"code":"validation_invalid_value"`}, nil),
		held("a meeting that took place, for an hour and a half", "90", 200, []string{`"status":"held"`, `"minutes_spent":90`}, nil),
	})
}
