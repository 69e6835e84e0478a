package calendar

import (
	"fmt"
	"time"

	"github.com/emersion/go-ical"
)

// transition is one change of a zone's offset, read from Go's time zone database.
type transition struct {
	At         time.Time // the instant, UTC
	OffsetFrom int       // seconds east of UTC before
	OffsetTo   int       // seconds east of UTC after
	Name       string    // abbreviation after, e.g. CEST
	DST        bool      // whether daylight saving time applies after
}

// localStart is the transition's wall-clock time in the offset before it: the DTSTART that
// RFC 5545 expects in a STANDARD or DAYLIGHT sub-component.
func (tr transition) localStart() time.Time {
	return tr.At.In(time.FixedZone("", tr.OffsetFrom))
}

// yearlyRule is the RRULE that repeats the transition every year on the same weekday of the
// same month ("last Sunday of March" is BYDAY=-1SU, "second Sunday" BYDAY=2SU).
func (tr transition) yearlyRule() string {
	t := tr.localStart()
	day := t.Day()
	daysInMonth := time.Date(t.Year(), t.Month()+1, 0, 0, 0, 0, 0, time.UTC).Day()
	week := fmt.Sprint((day-1)/7 + 1)
	if day+7 > daysInMonth {
		week = "-1"
	}
	weekday := [...]string{"SU", "MO", "TU", "WE", "TH", "FR", "SA"}[t.Weekday()]
	return fmt.Sprintf("FREQ=YEARLY;BYMONTH=%d;BYDAY=%s%s", t.Month(), week, weekday)
}

// sameRule reports whether b is a yearly repetition of a: same kind, offsets, name, rule and
// wall-clock time. Zones that change on fixed dates rather than weekdays never match, and each
// of their transitions is written out on its own.
func sameRule(a, b transition) bool {
	return a.DST == b.DST && a.OffsetFrom == b.OffsetFrom && a.OffsetTo == b.OffsetTo &&
		a.Name == b.Name && a.yearlyRule() == b.yearlyRule() &&
		a.localStart().Format("150405") == b.localStart().Format("150405")
}

// nextYearSameRule reports whether b repeats a by the same rule the year after: an RRULE
// means every year, so a run with a gap (Russia kept its clocks in March 1991 and moved them
// again by the old rule in 1992) must not become one.
func nextYearSameRule(a, b transition) bool {
	return sameRule(a, b) && b.localStart().Year() == a.localStart().Year()+1
}

// vtimezone builds the VTIMEZONE for the IANA zone loc, valid for times between first and last
// (typically the events of one file). It scans the zone's transitions from a year before first
// to a year after last. The yearly run of each kind still going in the last scanned year
// becomes one STANDARD or DAYLIGHT sub-component with an RRULE without end, so dates after
// the range follow the current rules; every other transition is written alone. Runs that
// ended are not given an RRULE with UNTIL: Python's icalendar cannot read one in a VTIMEZONE,
// and there are few such transitions in the bounded range. When the first transition comes
// after first, the zone's state at the start of the range is written before it, since
// calendars give times before a VTIMEZONE's earliest observance no offset at all.
// A zone without transitions gets a single STANDARD.
func vtimezone(loc *time.Location, first, last time.Time) *ical.Component {
	tz := ical.NewComponent(ical.CompTimezone)
	tz.Props.SetText(ical.PropTimezoneID, loc.String())
	tz.Props.Set(untypedText("X-LIC-LOCATION", loc.String()))

	first, last = scanned(first), scanned(last)
	from := time.Date(first.Year()-1, time.January, 1, 0, 0, 0, 0, time.UTC)
	to := time.Date(last.Year()+2, time.January, 1, 0, 0, 0, 0, time.UTC)
	list := transitions(loc, from, to)
	if len(list) == 0 {
		name, offset := from.In(loc).Zone()
		epoch := time.Date(1970, time.January, 1, 0, 0, 0, 0, time.FixedZone(name, offset))
		only := transition{At: epoch.UTC(), OffsetFrom: offset, OffsetTo: offset, Name: name}
		tz.Children = append(tz.Children, observance(only, ""))
		return tz
	}
	if list[0].At.After(first) {
		start := time.Date(from.Year(), time.January, 1, 0, 0, 0, 0, loc)
		name, offset := start.Zone()
		state := transition{At: start.UTC(), OffsetFrom: offset, OffsetTo: offset, Name: name, DST: start.IsDST()}
		list = append([]transition{state}, list...)
	}
	ruled, inRun := openRuns(list, last.Year())
	for i, tr := range list {
		switch {
		case inRun[i]:
		case ruled[i]:
			tz.Children = append(tz.Children, observance(tr, tr.yearlyRule()))
		default:
			tz.Children = append(tz.Children, observance(tr, ""))
		}
	}
	return tz
}

// openRuns finds, for each kind, the run of yearly repetitions that ends the list, if it goes
// on after lastYear: ruled marks the transition that starts it, inRun the ones its RRULE
// repeats.
func openRuns(list []transition, lastYear int) (ruled, inRun []bool) {
	ruled, inRun = make([]bool, len(list)), make([]bool, len(list))
	for _, dst := range []bool{false, true} {
		var kind []int
		for i, tr := range list {
			if tr.DST == dst {
				kind = append(kind, i)
			}
		}
		if len(kind) < 2 || list[kind[len(kind)-1]].At.Year() <= lastYear {
			continue
		}
		start := len(kind) - 1
		for start > 0 && nextYearSameRule(list[kind[start-1]], list[kind[start]]) {
			start--
		}
		if start == len(kind)-1 {
			continue
		}
		ruled[kind[start]] = true
		for _, i := range kind[start+1:] {
			inRun[i] = true
		}
	}
	return ruled, inRun
}

// observance is one STANDARD or DAYLIGHT sub-component starting at tr, repeating by rrule
// (none when empty).
func observance(tr transition, rrule string) *ical.Component {
	kind := ical.CompTimezoneStandard
	if tr.DST {
		kind = ical.CompTimezoneDaylight
	}
	c := ical.NewComponent(kind)
	start := ical.NewProp(ical.PropDateTimeStart)
	start.Value = tr.localStart().Format("20060102T150405")
	c.Props.Set(start)
	c.Props.Set(&ical.Prop{Name: ical.PropTimezoneOffsetFrom, Params: ical.Params{}, Value: utcOffset(tr.OffsetFrom)})
	c.Props.Set(&ical.Prop{Name: ical.PropTimezoneOffsetTo, Params: ical.Params{}, Value: utcOffset(tr.OffsetTo)})
	c.Props.SetText(ical.PropTimezoneName, tr.Name)
	if rrule != "" {
		c.Props.Set(&ical.Prop{Name: ical.PropRecurrenceRule, Params: ical.Params{}, Value: rrule})
	}
	return c
}

// utcOffset formats seconds east of UTC as RFC 5545's UTC-OFFSET, e.g. +0100 or -0330.
func utcOffset(seconds int) string {
	sign := '+'
	if seconds < 0 {
		sign, seconds = '-', -seconds
	}
	s := fmt.Sprintf("%c%02d%02d", sign, seconds/3600, seconds/60%60)
	if seconds%60 != 0 {
		s += fmt.Sprintf("%02d", seconds%60)
	}
	return s
}
