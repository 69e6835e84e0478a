package calendar

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-ical"
)

// describe renders a VTIMEZONE's sub-components one a line, in order:
// KIND DTSTART FROM>TO NAME RRULE.
func describe(tz *ical.Component) []string {
	var lines []string
	for _, c := range tz.Children {
		get := func(name string) string {
			if p := c.Props.Get(name); p != nil {
				return p.Value
			}
			return "-"
		}
		lines = append(lines, fmt.Sprintf("%s %s %s>%s %s %s", c.Name, get(ical.PropDateTimeStart),
			get(ical.PropTimezoneOffsetFrom), get(ical.PropTimezoneOffsetTo), get(ical.PropTimezoneName),
			get(ical.PropRecurrenceRule)))
	}
	return lines
}

func TestVTimezoneFollowsTheZoneRules(t *testing.T) {
	for _, tc := range []struct {
		zone string
		year int
		want []string
	}{
		{"Europe/Paris", 2027, []string{
			"DAYLIGHT 20260329T020000 +0100>+0200 CEST FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
			"STANDARD 20261025T030000 +0200>+0100 CET FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
		}},
		{"Europe/Stockholm", 2027, []string{
			"DAYLIGHT 20260329T020000 +0100>+0200 CEST FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
			"STANDARD 20261025T030000 +0200>+0100 CET FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
		}},
		{"America/New_York", 2027, []string{
			"DAYLIGHT 20260308T020000 -0500>-0400 EDT FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
			"STANDARD 20261101T020000 -0400>-0500 EST FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
		}},
		{"Australia/Sydney", 2027, []string{
			"STANDARD 20260405T030000 +1100>+1000 AEST FREQ=YEARLY;BYMONTH=4;BYDAY=1SU",
			"DAYLIGHT 20261004T020000 +1000>+1100 AEDT FREQ=YEARLY;BYMONTH=10;BYDAY=1SU",
		}},
		{"Asia/Tokyo", 2027, []string{"STANDARD 19700101T000000 +0900>+0900 JST -"}},
		{"America/Sao_Paulo", 2027, []string{"STANDARD 19700101T000000 -0300>-0300 -03 -"}},
		{"UTC", 2027, []string{"STANDARD 19700101T000000 +0000>+0000 UTC -"}},
		{"Asia/Kolkata", 2027, []string{"STANDARD 19700101T000000 +0530>+0530 IST -"}},
		// Brazil dropped DST in 2019: the rules that ended are written out change by change.
		{"America/Sao_Paulo", 2019, []string{
			"STANDARD 20180218T000000 -0200>-0300 -03 -",
			"DAYLIGHT 20181104T000000 -0300>-0200 -02 -",
			"STANDARD 20190217T000000 -0200>-0300 -03 -",
		}},
		// Bogotá kept daylight time once, in 1992: a date before it has the zone's offset of 1991.
		{"America/Bogota", 1991, []string{
			"STANDARD 19900101T000000 -0500>-0500 -05 -",
			"DAYLIGHT 19920503T000000 -0500>-0400 -04 -",
		}},
	} {
		t.Run(fmt.Sprint(tc.zone, " ", tc.year), func(t *testing.T) {
			loc, err := time.LoadLocation(tc.zone)
			if err != nil {
				t.Fatal(err)
			}
			at := time.Date(tc.year, time.June, 1, 12, 0, 0, 0, loc)
			tz := vtimezone(loc, at, at)
			if got := describe(tz); strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("VTIMEZONE\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
			if id, _ := tz.Props.Text(ical.PropTimezoneID); id != tc.zone {
				t.Errorf("TZID = %q", id)
			}
		})
	}
}

func TestUTCOffset(t *testing.T) {
	for _, tc := range []struct {
		seconds int
		want    string
	}{
		{0, "+0000"}, {3600, "+0100"}, {-12600, "-0330"}, {20700, "+0545"}, {-2670, "-004430"},
	} {
		if got := utcOffset(tc.seconds); got != tc.want {
			t.Errorf("utcOffset(%d) = %q, want %q", tc.seconds, got, tc.want)
		}
	}
}
