package calendar

import (
	"fmt"
	"testing"
	"time"

	"github.com/emersion/go-ical"
	"github.com/mentorbase/mentorbase/internal/calendar/icalcheck"
)

// feedWithin writes a feed holding e, failing the test if that takes longer than a server
// could wait inside a request.
func feedWithin(t *testing.T, e Event, limit time.Duration) []byte {
	t.Helper()
	type result struct {
		data []byte
		err  error
	}
	done := make(chan result, 1)
	go func() {
		data, err := Feed("Mentoring", []Event{e})
		done <- result{data, err}
	}()
	select {
	case r := <-done:
		if r.err != nil {
			t.Fatal(r.err)
		}
		return r.data
	case <-time.After(limit):
		t.Fatalf("the feed with an event in %s on %s is still being written after %s",
			e.TimeZone, e.Start.Format(time.DateOnly), limit)
		return nil
	}
}

// hour is a programme event of an hour from at, in at's zone.
func hour(at time.Time) Event {
	return Event{UID: UID("event", "e1", "mentor.example.org"), Kind: KindProgramme, Title: "Kickoff",
		Start: at, End: at.Add(time.Hour), TimeZone: at.Location().String()}
}

// zoneOf returns the file's VTIMEZONE.
func zoneOf(t *testing.T, data []byte) *ical.Component {
	t.Helper()
	for _, c := range decode(t, data).Children {
		if c.Name == ical.CompTimezone {
			return c
		}
	}
	t.Fatalf("no VTIMEZONE in\n%s", data)
	return nil
}

func TestVTimezoneOfALeapYearPastTheTableIsBuilt(t *testing.T) {
	for _, zone := range []string{"Europe/Paris", "America/New_York", "Australia/Sydney"} {
		loc, err := time.LoadLocation(zone)
		if err != nil {
			t.Fatal(err)
		}
		data := feedWithin(t, hour(time.Date(2040, time.June, 15, 18, 0, 0, 0, loc)), 5*time.Second)
		if lines := describe(zoneOf(t, data)); len(lines) != 2 {
			t.Errorf("%s in 2040: VTIMEZONE\n%v\nwant one STANDARD and one DAYLIGHT rule", zone, lines)
		}
	}
}

// TestVTimezoneOfEveryZone writes, for every zone and a spread of years, a feed with an event
// that year, and reads its VTIMEZONE back as a calendar would: the offset it gives every five
// days of the year must be Go's.
func TestVTimezoneOfEveryZone(t *testing.T) {
	zones := zoneNames(t)
	for _, zone := range zones {
		loc, _ := time.LoadLocation(zone)
		if loc == time.UTC {
			continue
		}
		wrong := 0
		for _, year := range sampleYears() {
			data := feedWithin(t, hour(time.Date(year, time.June, 15, 12, 0, 0, 0, loc)), 5*time.Second)
			list, err := onsets(zoneOf(t, data), year+1)
			if err != nil {
				t.Fatalf("%s %d: %v", zone, year, err)
			}
			for x := time.Date(year, time.January, 1, 12, 0, 0, 0, time.UTC); x.Year() == year; x = x.AddDate(0, 0, 5) {
				_, want := x.In(loc).Zone()
				if got := offsetAt(list, x); got != want && wrong < 3 {
					wrong++
					t.Errorf("%s on %s: the VTIMEZONE gives %s, Go %s\n%v", zone, x.Format(time.DateOnly),
						utcOffset(got), utcOffset(want), describe(zoneOf(t, data)))
				}
			}
		}
	}
}

// TestStrictParsersReadEveryZone has the strict parsers read, for two years, a feed with an
// event in every zone: each must place every event at Go's instant. Later years are left to
// TestVTimezoneOfEveryZone: Python's icalendar stops repeating a VTIMEZONE's rules in 2038.
func TestStrictParsersReadEveryZone(t *testing.T) {
	zones := zoneNames(t)
	for _, year := range []int{1991, 2037} {
		t.Run(fmt.Sprint(year), func(t *testing.T) {
			var events []Event
			var want []icalcheck.Event
			for i, zone := range zones {
				loc, _ := time.LoadLocation(zone)
				if loc == time.UTC {
					continue
				}
				at := time.Date(year, time.Month(1+i%12), 1+i%28, 12, 30, 0, 0, loc)
				uid := UID("event", fmt.Sprint(i), "mentor.example.org")
				events = append(events, Event{UID: uid, Kind: KindProgramme, Title: zone,
					Start: at, End: at.Add(time.Hour), TimeZone: zone})
				want = append(want, icalcheck.Event{UID: uid, Local: at.Format("2006-01-02T15:04:05"), TZID: zone,
					UTC: at.UTC().Format("2006-01-02T15:04:05Z"), Sequence: -1})
			}
			data, err := Feed("Every zone", events)
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range icalcheck.Check(t, data) {
				for _, w := range want {
					if got, ok := r.Event(w.UID); !ok || got != w {
						t.Errorf("%s understood\n%+v\nwant\n%+v", r.Parser, got, w)
					}
				}
			}
		})
	}
}
