package pb_hooks_test

import (
	"net/http"
	"testing"

	"github.com/pocketbase/pocketbase/tests"
)

// Programmes get mentoring's defaults and refuse an unknown time zone or dates out of order,
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

// The matching criteria are read by the directory, the console and every invitation: a value
// the engine cannot read is refused when it is saved, on its field, from the dashboard as from
// a coordinator, rather than breaking those pages later.
func TestRulesProgramCriteriaAreValidatedOnSave(t *testing.T) {
	w := newWorld(t)
	url := "/api/collections/programs/records"
	alpha := url + "/" + id("alpha")
	refused := []string{`"criteria":{"code":"parity.error.criteria"`, "charisma"}
	run(t, []tests.ApiScenario{
		w.call("an unknown criterion is refused", "superuser", http.MethodPost, url,
			`{"slug":"gamma","name":"Gamma","languages":["sv"],"matching_mode":"coordinated","timezone":"UTC","criteria":{"weights":{"charisma":3}}}`,
			400, refused, nil),
		w.call("a coordinator cannot save one either", "coorda", http.MethodPatch, alpha, `{"criteria":{"must":["charisma"]}}`, 400, refused, nil),
		w.call("a negative weight is refused", "coorda", http.MethodPatch, alpha, `{"criteria":{"weights":{"area":-1}}}`, 400,
			[]string{`"criteria":{"code":"parity.error.criteria"`}, nil),
		w.call("something that is not criteria is refused", "coorda", http.MethodPatch, alpha, `{"criteria":[1,2]}`, 400,
			[]string{`"criteria":{"code":"parity.error.criteria"`}, nil),
		w.call("valid criteria are saved", "coorda", http.MethodPatch, alpha, `{"criteria":{"weights":{"area":5},"must":["languages"]}}`, 200,
			[]string{`"must":["languages"]`}, nil),
		w.call("no criteria means the defaults", "coorda", http.MethodPatch, alpha, `{"criteria":null}`, 200, []string{`"slug":"alpha"`}, nil),
	})
}
