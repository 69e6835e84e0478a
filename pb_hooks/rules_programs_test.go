package pb_hooks_test

import (
	"net/http"
	"testing"

	"github.com/pocketbase/pocketbase/tests"
)

// Programmes get DESIGN's defaults and refuse an unknown time zone or dates out of order,
// with the error on the field so the dashboard shows it there.
func TestRulesProgramDefaultsAndValidation(t *testing.T) {
	w := newWorld(t)
	url := "/api/collections/programs/records"
	program := func(extra string) string {
		return `{"slug":"gamma","name":"Gamma","languages":["sv"],"matching_mode":"coordinated"` + extra + `}`
	}
	run(t, []tests.ApiScenario{
		w.call("defaults fill what the admin left empty", "superuser", http.MethodPost, url, program(`,"timezone":"Europe/Stockholm","default_capacity":4`), 200,
			[]string{`"roadbook_lead_days":3`, `"invitation_ttl_days":14`, `"max_pending_invitations":3`, `"recommended_meetings":3`, `"default_capacity":4`}, nil),
		w.call("an unknown time zone is refused on its field", "superuser", http.MethodPost, url, program(`,"timezone":"Europe/Atlantis"`), 400,
			[]string{`"timezone":{"code":"validation_invalid_timezone"`}, nil),
		w.call("closing applications before they open is refused", "superuser", http.MethodPost, url,
			program(`,"timezone":"UTC","applications_open_at":"2026-03-01 00:00:00.000Z","applications_close_at":"2026-02-01 00:00:00.000Z"`), 400,
			[]string{`"applications_close_at":{"code":"validation_date_order"`}, nil),
		w.call("a midpoint after the end is refused", "superuser", http.MethodPost, url,
			program(`,"timezone":"UTC","starts_at":"2026-03-01 00:00:00.000Z","midpoint_at":"2026-05-01 00:00:00.000Z","ends_at":"2026-04-01 00:00:00.000Z"`), 400,
			[]string{`"ends_at":{"code":"validation_date_order"`}, nil),
		w.call("starting the day applications close is fine", "superuser", http.MethodPost, url,
			program(`,"timezone":"UTC","applications_close_at":"2026-03-01 00:00:00.000Z","starts_at":"2026-03-01 00:00:00.000Z"`), 200,
			[]string{`"slug":"gamma"`}, nil),
	})
}
