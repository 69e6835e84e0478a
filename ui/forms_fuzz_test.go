package ui

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

// postedForm is a request event carrying values as a posted form.
func postedForm(values url.Values) *core.RequestEvent {
	r := httptest.NewRequest(http.MethodPost, "/", strings.NewReader(values.Encode()))
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	e := &core.RequestEvent{}
	e.Request = r
	return e
}

// FuzzReadProposal checks the date, time and duration of a meeting form: accepted only when
// they are a wall-clock time of the programme's zone and a whole number of minutes, within a
// meeting's length, that the proposal keeps exactly.
func FuzzReadProposal(f *testing.F) {
	for _, seed := range [][3]string{
		{"2026-03-10", "14:00", "60"}, {"2026-03-29", "02:30", "45"}, {"2026-10-25", "02:30", "45"},
		{"2026-02-30", "10:00", "30"}, {"2026-3-1", "9:5", " 30 "}, {"", "", ""}, {"10/03/2026", "2pm", "1h"},
		{"2026-03-10", "24:00", "-5"}, {"2026-03-10", "14:00", "+60"}, {"2026-03-10", "14:00", "153722867"},
		{"0000-01-01", "00:00", "0"}, {"9999-12-31", "23:59", "480"}, {"2026-03-10T14:00", "", "60"},
		{"2026-03-10", "14:00", "9223372036854775807"}, {"2026-03-10", "14:00", "9007199254740993"},
	} {
		f.Add(seed[0], seed[1], seed[2])
	}
	zone := kernel.ZoneNamed("Europe/Paris")
	f.Fuzz(func(t *testing.T, date, clock, duration string) {
		e := postedForm(url.Values{"date": {date}, "time": {clock}, "duration": {duration}, "mode": {"video"}})
		p, _, err := readProposal(e, "Europe/Paris")
		if err != nil {
			return
		}
		minutes, convErr := strconv.Atoi(strings.TrimSpace(duration))
		if convErr != nil || minutes < 1 || minutes > workspace.MaxMeetingMinutes ||
			p.Duration/time.Minute != time.Duration(minutes) || p.Duration%time.Minute != 0 {
			t.Fatalf("duration %q accepted as %v", duration, p.Duration)
		}
		// Read back as the pages read a wall clock: the night summer time ends, 02:30 happens
		// twice and means the first (kernel.ParseLocalInput), which time.ParseInLocation
		// does not promise.
		wall := p.Start.In(zone).Format(kernel.LocalInputLayout)
		again, err := kernel.ParseLocalInput("date", wall, zone)
		if err != nil || !again.Equal(p.Start) {
			t.Fatalf("%q %q gave %v, which shows as %q and reads back as %v", date, clock, p.Start, wall, again)
		}
	})
}

// FuzzApplicationNumber checks the whole-number fields of an application form: empty is 0,
// and anything accepted is a non-negative whole number in decimal digits, with one sign at most.
func FuzzApplicationNumber(f *testing.F) {
	for _, seed := range []string{"", "0", "3", "007", "+2", "-1", "1.5", "1e3", " 4", "٣", "99999999999999999999"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, typed string) {
		in := applicationInput{Single: map[string]string{"capacity": typed}}
		n, ok := in.number("capacity")
		if !ok {
			return
		}
		digits := strings.TrimLeft(typed, "+-")
		value, err := strconv.ParseUint(digits, 10, 63)
		if n < 0 || typed == "" && n != 0 || typed != "" && (len(typed)-len(digits) > 1 || err != nil || int(value) != n) {
			t.Fatalf("%q accepted as %d", typed, n)
		}
	})
}
