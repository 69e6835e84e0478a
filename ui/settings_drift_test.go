package ui_test

import (
	"net/http"
	"testing"

	"github.com/pocketbase/pocketbase/tests"
)

// TestSettingsSetTheSilenceBeforeANudge: the settings page shows after how many days a silent
// pair is nudged (30 by default) and saves a new number; one
// that is not a number is refused beside the field, what was typed kept.
func TestSettingsSetTheSilenceBeforeANudge(t *testing.T) {
	t.Parallel()
	headers, factory := as(seedSettings, "coord")
	(&tests.ApiScenario{Name: "the field", Method: http.MethodGet, URL: "/coordinate/nordic/settings",
		Headers: headers, TestAppFactory: factory, ExpectedStatus: http.StatusOK,
		ExpectedContent: []string{`<label for="f-drift_after_days">Nudge a pair after so many days without a meeting or a message`,
			`name="drift_after_days" type="number" value="30"`}}).Test(t)
	(&tests.ApiScenario{Name: "45 days", Method: http.MethodPost, URL: "/coordinate/nordic/settings", Headers: headers,
		Body: settingsForm("drift_after_days", "45"), TestAppFactory: factory, ExpectedStatus: http.StatusSeeOther,
		AfterTestFunc: func(t testing.TB, app *tests.TestApp, _ *http.Response) {
			if n := programNamed(t, app, "nordic").GetInt("drift_after_days"); n != 45 {
				t.Errorf("drift_after_days is %d, want 45", n)
			}
		}}).Test(t)
	(&tests.ApiScenario{Name: "a month", Method: http.MethodPost, URL: "/coordinate/nordic/settings", Headers: headers,
		Body: settingsForm("drift_after_days", "a month"), TestAppFactory: factory, ExpectedStatus: http.StatusUnprocessableEntity,
		ExpectedContent: []string{`id="e-drift_after_days"`, `value="a month"`}}).Test(t)
}
