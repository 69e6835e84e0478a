package ui_test

import (
	"net/http"
	"strconv"
	"testing"

	"github.com/pocketbase/pocketbase/tests"
)

// TestSettingsSetTheSilenceBeforeANudge: the settings page shows after how many days a silent
// pair is nudged (30 by default) and offered closing (90), and saves a new number; one that
// is not a number is refused beside the field, what was typed kept.
func TestSettingsSetTheSilenceBeforeANudge(t *testing.T) {
	t.Parallel()
	headers, factory := as(seedSettings, "coord")
	for _, f := range []struct{ field, label, value, set string }{
		{"drift_after_days", "Nudge a pair after so many days without a meeting or a message", "30", "45"},
		{"close_after_days", "Offer to close a pair after so many days without a meeting or a message, with a week&#39;s warning", "90", "120"},
	} {
		(&tests.ApiScenario{Name: f.field, Method: http.MethodGet, URL: "/coordinate/nordic/settings",
			Headers: headers, TestAppFactory: factory, ExpectedStatus: http.StatusOK,
			ExpectedContent: []string{`<label for="f-` + f.field + `">` + f.label,
				`name="` + f.field + `" type="number" value="` + f.value + `"`}}).Test(t)
		(&tests.ApiScenario{Name: f.field + " " + f.set, Method: http.MethodPost, URL: "/coordinate/nordic/settings", Headers: headers,
			Body: settingsForm(f.field, f.set), TestAppFactory: factory, ExpectedStatus: http.StatusSeeOther,
			AfterTestFunc: func(t testing.TB, app *tests.TestApp, _ *http.Response) {
				if n := programNamed(t, app, "nordic").GetInt(f.field); strconv.Itoa(n) != f.set {
					t.Errorf("%s is %d, want %s", f.field, n, f.set)
				}
			}}).Test(t)
		(&tests.ApiScenario{Name: f.field + " a month", Method: http.MethodPost, URL: "/coordinate/nordic/settings", Headers: headers,
			Body: settingsForm(f.field, "a month"), TestAppFactory: factory, ExpectedStatus: http.StatusUnprocessableEntity,
			ExpectedContent: []string{`id="e-` + f.field + `"`, `value="a month"`}}).Test(t)
	}
}
