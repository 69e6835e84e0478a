package calendar

import (
	"testing"
	"time"
)

// FuzzVTimezone writes a feed with one event in any zone at any two instants: it must be
// written within a second and read back by go-ical, and its VTIMEZONE must give the zone's
// offset at the start.
func FuzzVTimezone(f *testing.F) {
	zones := zoneNames(f)
	f.Add(uint16(0), int64(0), int64(3600))
	f.Add(uint16(1), time.Date(2040, 6, 15, 18, 0, 0, 0, time.UTC).Unix(), int64(3600))
	f.Add(uint16(2), time.Date(2040, 12, 31, 0, 0, 0, 0, time.UTC).Unix(), int64(86400))
	f.Add(uint16(3), time.Date(1991, 3, 31, 1, 0, 0, 0, time.UTC).Unix(), int64(400*24*3600))
	f.Add(uint16(4), time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC).Unix(), int64(1<<33))
	f.Add(uint16(5), time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC).Unix(), int64(60))
	f.Fuzz(func(t *testing.T, zoneIndex uint16, start, length int64) {
		zone := zones[int(zoneIndex)%len(zones)]
		loc, _ := time.LoadLocation(zone)
		from := time.Unix(start, 0).In(loc)
		if from.Year() < 1 || from.Year() > 9999 || length <= 0 {
			return // outside what iCalendar's four-digit years can write
		}
		until := from.Add(time.Duration(1+length%(1<<33)) * time.Second)
		if until.Year() > 9999 {
			return
		}
		data := feedWithin(t, Event{UID: UID("event", "e1", "mentor.example.org"), Kind: KindProgramme,
			Title: "Kickoff", Start: from, End: until, TimeZone: zone}, time.Second)
		if loc == time.UTC {
			decode(t, data)
			return
		}
		list, err := onsets(zoneOf(t, data), scanned(until).Year()+1)
		if err != nil {
			t.Fatal(err)
		}
		if from.Year() >= firstScannedYear && from.Year() <= lastScannedYear {
			if got, want := offsetAt(list, from), zoneOffset(from); got != want {
				t.Errorf("%s at %s: the VTIMEZONE gives %s, Go %s", zone, from, utcOffset(got), utcOffset(want))
			}
		}
	})
}

func zoneOffset(t time.Time) int {
	_, offset := t.Zone()
	return offset
}
