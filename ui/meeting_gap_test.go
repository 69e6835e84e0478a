package ui_test

import (
	"net/http"
	"testing"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/apptest"
)

// A meeting proposed, moved or recorded at 02:30 on the night summer time starts in the
// programme's zone (Paris) is refused beside its date, in the reader's language, with what was
// typed kept: before, it was saved at 03:30 and mailed so.
func TestAMeetingAtATimeTheClocksSkipIsRefusedBesideItsDate(t *testing.T) {
	t.Parallel()
	meeting := wid("meetinga")
	for _, c := range []struct {
		name, person, locale, url, date string
		body                            []string
		want                            string
	}{
		{"proposed, in French", "marie", "fr", "/matches/" + wid("matcha") + "/meetings", "2031-03-30",
			[]string{"date", "2031-03-30", "time", "02:30", "duration", "45", "mode", "phone", "agenda", "Night owls", "form_token", "gap-form"},
			`<p class="error" id="e-date-new">Cette heure n’existe pas à Europe/Paris : on avance les horloges cette nuit-là.`},
		{"moved, in Swedish", "sven", "sv", "/meetings/" + meeting + "/reschedule", "2031-03-30",
			[]string{"date", "2031-03-30", "time", "02:30", "duration", "60", "mode", "phone", "agenda", "Night owls"},
			`<p class="error" id="e-date-` + meeting + `">Den tiden finns inte i Europe/Paris: klockorna ställs fram den natten.`},
		{"recorded as held, in English", "sven", "en", "/matches/" + wid("matcha") + "/meetings/held", "2026-03-29",
			[]string{"log_date", "2026-03-29", "log_time", "02:30", "log_minutes", "50", "log_mode", "phone", "log_notes", "Night owls", "log_form_token", "gap-log"},
			`<p class="error" id="e-log_date">This time does not exist in Europe/Paris: the clocks go forward that night.`},
	} {
		headers, factory := as(seedPairs, c.person)
		(&tests.ApiScenario{Name: c.name, Method: http.MethodPost, URL: c.url, Body: form(true, c.body...),
			Headers: headers, TestAppFactory: factory, ExpectedStatus: http.StatusUnprocessableEntity,
			BeforeTestFunc: func(t testing.TB, app *tests.TestApp, _ *core.ServeEvent) {
				apptest.Build(t, app).Update(record(t, app, "users", wid(c.person)), map[string]any{"locale": c.locale})
			},
			ExpectedContent: []string{c.want, `value="` + c.date + `"`, `value="02:30"`, "Night owls</textarea>"},
			AfterTestFunc: func(t testing.TB, app *tests.TestApp, _ *http.Response) {
				if n, _ := app.CountRecords("meetings", dbx.HashExp{"agenda": "Night owls"}); n != 0 {
					t.Errorf("%d meetings saved at a time the clocks skip", n)
				}
				if n, _ := app.CountRecords("meetings", dbx.HashExp{"shared_notes": "Night owls"}); n != 0 {
					t.Errorf("%d held meetings saved at a time the clocks skip", n)
				}
			}}).Test(t)
	}
}
