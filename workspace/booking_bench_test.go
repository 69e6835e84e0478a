package workspace_test

import (
	"testing"
	"time"

	"github.com/mentorbase/mentorbase/workspace"
)

// BenchmarkFreeSlots: three weeks of a busy availability (two ranges every weekday, 30-minute
// meetings, an extra time and a period off) against 300 busy times, as a booking page and
// every booking's check compute it.
func BenchmarkFreeSlots(b *testing.B) {
	form := map[string]string{"timezone": "Europe/Stockholm", "slot_minutes": "30", "days_off": "2026-03-20 – 2026-03-22",
		"extra": "2026-03-21 10:00–12:00"}
	for _, day := range workspace.Weekdays {
		form[day] = "08:00–12:00, 13:00–19:00"
	}
	h, err := workspace.ParseHoursForm(form)
	if err != nil {
		b.Fatal(err)
	}
	from := time.Date(2026, 3, 9, 0, 0, 0, 0, time.UTC)
	var busy []workspace.Interval
	for i := range 300 {
		start := from.Add(time.Duration(i) * 97 * time.Minute)
		busy = append(busy, workspace.Interval{Start: start, End: start.Add(45 * time.Minute)})
	}
	b.ReportAllocs()
	for b.Loop() {
		if len(workspace.FreeSlots(h, busy, from, from.AddDate(0, 0, workspace.BookingDays))) == 0 {
			b.Fatal("no slot")
		}
	}
}
