package workspace_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	validation "github.com/pocketbase/ozzo-validation/v4"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

// hoursFrom reads an availability as its owner types it in the form.
func hoursFrom(t *testing.T, form map[string]string) workspace.Hours {
	t.Helper()
	if form["timezone"] == "" {
		form["timezone"] = "Europe/Stockholm"
	}
	if form["slot_minutes"] == "" {
		form["slot_minutes"] = "60"
	}
	h, err := workspace.ParseHoursForm(form)
	if err != nil {
		t.Fatalf("form %v: %v", form, err)
	}
	return h
}

// The free slots of a week: weekly ranges × days off × extra times × busy times (meetings,
// events, free/busy calendars are all busy intervals by then) × summer time, each slot
// written on its owner's wall clock and in UTC, which the meeting is stored in.
func TestFreeSlots(t *testing.T) {
	stockholm, _ := time.LoadLocation("Europe/Stockholm")
	at := func(s string) time.Time {
		v, err := time.ParseInLocation("2006-01-02 15:04", s, stockholm)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	busy := func(from, to string) workspace.Interval { return workspace.Interval{Start: at(from), End: at(to)} }
	cases := []struct {
		name     string
		form     map[string]string
		busy     []workspace.Interval
		from, to string
		want     []string // starts, Stockholm wall clock, then the UTC hour
	}{
		{name: "Tuesdays 17–19 give two hours-long slots a Tuesday",
			form: map[string]string{"tue": "17:00–19:00"}, from: "2026-03-09 00:00", to: "2026-03-16 00:00",
			want: []string{"2026-03-10 17:00 16:00Z", "2026-03-10 18:00 17:00Z"}},
		{name: "several ranges a day, and other days",
			form: map[string]string{"tue": "9-10, 17h–18h", "thu": "12.00 to 13.00"}, from: "2026-03-09 00:00", to: "2026-03-16 00:00",
			want: []string{"2026-03-10 09:00 08:00Z", "2026-03-10 17:00 16:00Z", "2026-03-12 12:00 11:00Z"}},
		{name: "summer time starts on Sunday 29 March: Tuesday 17:00 stays 17:00, an hour earlier in UTC",
			form: map[string]string{"tue": "17:00–18:00"}, from: "2026-03-23 00:00", to: "2026-04-06 00:00",
			want: []string{"2026-03-24 17:00 16:00Z", "2026-03-31 17:00 15:00Z"}},
		{name: "summer time ends on Sunday 25 October: 17:00 stays 17:00, an hour later in UTC",
			form: map[string]string{"tue": "17:00–18:00"}, from: "2026-10-19 00:00", to: "2026-11-02 00:00",
			want: []string{"2026-10-20 17:00 15:00Z", "2026-10-27 17:00 16:00Z"}},
		{name: "the hour the clocks skip offers no slot that night",
			form: map[string]string{"sun": "01:00–04:00"}, from: "2026-03-29 00:00", to: "2026-03-30 00:00",
			want: []string{"2026-03-29 01:00 00:00Z", "2026-03-29 03:00 01:00Z"}},
		{name: "a day off removes the weekly slots of that day only",
			form: map[string]string{"tue": "17–18", "wed": "17–18", "days_off": "2026-03-10"}, from: "2026-03-09 00:00", to: "2026-03-12 00:00",
			want: []string{"2026-03-11 17:00 16:00Z"}},
		{name: "a range of days off, both ends included",
			form: map[string]string{"tue": "17–18", "days_off": "2026-03-10 – 2026-03-17"}, from: "2026-03-09 00:00", to: "2026-03-25 00:00",
			want: []string{"2026-03-24 17:00 16:00Z"}},
		{name: "an extra time adds a one-off slot, even on a day off",
			form: map[string]string{"tue": "17–18", "days_off": "2026-03-10", "extra": "2026-03-10 10:00–11:00\n2026-03-14 14–15"},
			from: "2026-03-09 00:00", to: "2026-03-16 00:00",
			want: []string{"2026-03-10 10:00 09:00Z", "2026-03-14 14:00 13:00Z"}},
		{name: "an extra time repeating a weekly one is offered once",
			form: map[string]string{"tue": "17–18", "extra": "2026-03-10 17–18"}, from: "2026-03-09 00:00", to: "2026-03-16 00:00",
			want: []string{"2026-03-10 17:00 16:00Z"}},
		{name: "a meeting of either member hides the slots it overlaps, even by a minute",
			form: map[string]string{"tue": "16–19"}, busy: []workspace.Interval{busy("2026-03-10 17:59", "2026-03-10 18:30")},
			from: "2026-03-09 00:00", to: "2026-03-16 00:00",
			want: []string{"2026-03-10 16:00 15:00Z"}},
		{name: "a busy time ending as a slot starts leaves it free",
			form: map[string]string{"tue": "17–19"}, busy: []workspace.Interval{busy("2026-03-10 16:00", "2026-03-10 17:00")},
			from: "2026-03-09 00:00", to: "2026-03-16 00:00",
			want: []string{"2026-03-10 17:00 16:00Z", "2026-03-10 18:00 17:00Z"}},
		{name: "a programme event and a calendar's busy time on two weeks",
			form: map[string]string{"tue": "17–19"}, busy: []workspace.Interval{busy("2026-03-10 16:30", "2026-03-10 19:30"), busy("2026-03-17 18:00", "2026-03-17 18:45")},
			from: "2026-03-09 00:00", to: "2026-03-23 00:00",
			want: []string{"2026-03-17 17:00 16:00Z"}},
		{name: "a long busy time hides every slot it covers, whatever shorter ones start inside it",
			form: map[string]string{"tue": "16–20"}, busy: []workspace.Interval{busy("2026-03-10 18:20", "2026-03-10 18:30"),
				busy("2026-03-10 16:30", "2026-03-10 19:30"), busy("2026-03-10 16:40", "2026-03-10 16:50")},
			from: "2026-03-09 00:00", to: "2026-03-16 00:00",
			want: []string{}},
		{name: "nothing before the notice nor after the horizon",
			form: map[string]string{"tue": "17–20"}, from: "2026-03-10 17:30", to: "2026-03-10 19:30",
			want: []string{"2026-03-10 18:00 17:00Z"}},
		{name: "45-minute meetings fill a range from its start",
			form: map[string]string{"tue": "17:00–19:00", "slot_minutes": "45"}, from: "2026-03-09 00:00", to: "2026-03-16 00:00",
			want: []string{"2026-03-10 17:00 16:00Z", "2026-03-10 17:45 16:45Z"}},
		{name: "a range until midnight",
			form: map[string]string{"sat": "22:00–24:00"}, from: "2026-03-09 00:00", to: "2026-03-16 00:00",
			want: []string{"2026-03-14 22:00 21:00Z", "2026-03-14 23:00 22:00Z"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, s := range workspace.FreeSlots(hoursFrom(t, c.form), c.busy, at(c.from), at(c.to)) {
				got = append(got, s.Start.In(stockholm).Format("2006-01-02 15:04")+" "+s.Start.UTC().Format("15:04Z"))
			}
			if strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Errorf("slots\n got %v\nwant %v", got, c.want)
			}
		})
	}
}

// What the form refuses is said beside its field, every field at once, in terms of what was
// typed.
func TestHoursFormRefusals(t *testing.T) {
	cases := []struct {
		field, value, code string
	}{
		{"tue", "17:00", "booking.error.range"},
		{"tue", "19:00–17:00", "booking.error.order"},
		{"tue", "17:00–17:30", "booking.error.short"},
		{"tue", "25:00–26:00", "booking.error.range"},
		{"days_off", "2026-02-30", "booking.error.date"},
		{"days_off", "2026-03-10 – 2026-03-01", "booking.error.date_order"},
		{"extra", "tomorrow 10–11", "booking.error.date"},
		{"extra", "2026-03-10", "booking.error.range"},
		{"timezone", "Mars/Olympus", "booking.error.zone"},
		{"slot_minutes", "50", "booking.error.length"},
		{"freebusy_url", "file:///etc/passwd", "booking.error.url"},
	}
	for _, c := range cases {
		form := map[string]string{"timezone": "Europe/Paris", "slot_minutes": "60", "mon": "9–10", c.field: c.value}
		_, err := workspace.ParseHoursForm(form)
		if err == nil || !strings.Contains(err.Error(), c.field) || !strings.Contains(codesOf(err), c.code) {
			t.Errorf("%s = %q: got %v, want %s beside it", c.field, c.value, err, c.code)
		}
	}
	h := hoursFrom(t, map[string]string{"tue": "17:00–19:00, 20:00–21:00", "days_off": "2026-12-24 – 2027-01-02\n2027-02-01",
		"extra": "2026-12-20 10:00–12:00", "timezone": "Europe/Stockholm", "slot_minutes": "60"})
	again := workspace.HoursForm(h)
	if again["tue"] != "17:00–19:00, 20:00–21:00" || again["days_off"] != "2026-12-24 – 2027-01-02\n2027-02-01" ||
		again["extra"] != "2026-12-20 10:00–12:00" || again["timezone"] != "Europe/Stockholm" {
		t.Errorf("the form shows the availability again as %v", again)
	}
}

// codesOf lists the catalog codes of a form's refusals or of a record hook's.
func codesOf(err error) string {
	var codes []string
	var errs validation.Errors
	if errors.As(err, &errs) {
		for _, e := range errs {
			var refused *kernel.Error
			var coded validation.Error
			switch {
			case errors.As(e, &refused):
				codes = append(codes, refused.Code)
			case errors.As(e, &coded):
				codes = append(codes, coded.Code())
			}
		}
	}
	return strings.Join(codes, " ")
}
