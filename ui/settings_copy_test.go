package ui_test

import (
	"net/http"
	"testing"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/tests"
)

// TestSettingsRunAgainNextYear: the copy is an unpublished programme with every setting,
// text, the charter, tags and events, each date a year later on Stockholm's clock, and the
// programme it was copied from as its previous run (the report compares them); only the
// programme's coordinators make one.
func TestSettingsRunAgainNextYear(t *testing.T) {
	t.Parallel()
	stockholm, _ := time.LoadLocation("Europe/Stockholm")
	headers, factory := as(seedSettings, "coord")
	(&tests.ApiScenario{Name: "run again", Method: http.MethodPost, URL: "/coordinate/nordic/settings/copy", Headers: headers,
		Body: form(true), TestAppFactory: factory, ExpectedStatus: 303,
		AfterTestFunc: func(t testing.TB, app *tests.TestApp, r *http.Response) {
			if to := r.Header.Get("Location"); to != "/coordinate/nordic-2032/settings" {
				t.Errorf("sent to %s", to)
			}
			old, copied := programNamed(t, app, "nordic"), programNamed(t, app, "nordic-2032")
			if copied.GetBool("published") || copied.GetString("name_sv") != "Nordiskt mentorskap" ||
				copied.GetString("area_labels") != old.GetString("area_labels") || copied.GetString("timezone") != "Europe/Stockholm" ||
				copied.GetString("coordinators") != old.GetString("coordinators") || copied.GetInt("invitation_ttl_days") != old.GetInt("invitation_ttl_days") ||
				copied.GetString("previous_run") != old.Id {
				t.Errorf("copy %v of %v", copied, old)
			}
			if got := copied.GetDateTime("applications_close_at").Time().In(stockholm).Format(time.DateTime); got != "2032-02-10 17:30:00" {
				t.Errorf("applications close %s", got)
			}
			events, _ := app.FindAllRecords("events", dbx.HashExp{"program": copied.Id})
			if len(events) != 1 || events[0].GetString("location") != "Kulturhuset" ||
				events[0].GetDateTime("starts_at").Time().In(stockholm).Format(time.DateTime) != "2032-03-29 17:30:00" {
				t.Errorf("events %v", events)
			}
			tags, _ := app.FindAllRecords("tags", dbx.HashExp{"program": copied.Id, "key": "fika"})
			charters, _ := app.FindAllRecords("charters", dbx.HashExp{"program": copied.Id})
			if len(tags) != 1 || tags[0].GetString("label_sv") != "Fikapauser" || len(charters) != 1 ||
				charters[0].GetString("body_sv") != "Vi ses varje månad." || charters[0].GetInt("version") != 1 {
				t.Errorf("tags %v, charters %v", tags, charters)
			}
			if n, _ := app.CountRecords("applications", dbx.HashExp{"program": copied.Id}); n != 0 {
				t.Errorf("%d applications came along", n)
			}
		}}).Test(t)
	for _, person := range []string{"othercoord", "marie"} {
		headers, factory := as(seedSettings, person)
		(&tests.ApiScenario{Name: person + " runs it again", Method: http.MethodPost, URL: "/coordinate/nordic/settings/copy",
			Headers: headers, Body: form(true), TestAppFactory: factory, ExpectedStatus: 404, ExpectedContent: []string{"Page not found"},
			AfterTestFunc: func(t testing.TB, app *tests.TestApp, _ *http.Response) {
				if n, _ := app.CountRecords("programs"); n != 2 {
					t.Errorf("%d programmes", n)
				}
			}}).Test(t)
	}
}
