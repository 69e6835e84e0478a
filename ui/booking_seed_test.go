package ui_test

import (
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/apptest"
)

// seedBooking is the pairs world where Marie, the mentor of pair a, offers Tuesdays 17–19 on
// Paris time.
func seedBooking(t testing.TB) *tests.TestApp {
	t.Helper()
	return portalWorld(t, "booking", func(t testing.TB, app *tests.TestApp) {
		fillPairs(t, app)
		apptest.Build(t, app).Record("availabilities", map[string]any{"id": wid("hoursmarie"), "user": wid("marie"),
			"timezone": "Europe/Paris", "slot_minutes": 60, "weekly": `[{"day":"tue","from":"17:00","to":"19:00"}]`})
	})
}

// tuesdayAt is the wall-clock time on the first Tuesday at least two days ahead in zone: one
// of Marie's slots when at 17:00 or 18:00 in Paris.
func tuesdayAt(zone string, hour int) time.Time {
	loc, _ := time.LoadLocation(zone)
	day := time.Now().In(loc).AddDate(0, 0, 2)
	for day.Weekday() != time.Tuesday {
		day = day.AddDate(0, 0, 1)
	}
	return time.Date(day.Year(), day.Month(), day.Day(), hour, 0, 0, 0, loc)
}
