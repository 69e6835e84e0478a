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

// transitions lists the zone's offset changes in [from, to).
func transitions(loc *time.Location, from, to time.Time) []transition {
	var list []transition
	t := from.In(loc)
	for {
		_, end := t.ZoneBounds()
		if end.IsZero() || !end.Before(to) {
			return list
		}
		_, offFrom := t.Zone()
		name, offTo := end.Zone()
		if offFrom != offTo || name != t.Format("MST") {
			list = append(list, transition{At: end.UTC(), OffsetFrom: offFrom, OffsetTo: offTo,
				Name: name, DST: end.IsDST()})
		}
		t = end
	}
}

// vtimezone builds the VTIMEZONE for the IANA zone loc, valid for times between first and last
// (typically the events of one file). It scans the zone's transitions from a year before first
// to a year after last; runs of transitions that repeat yearly become one STANDARD or DAYLIGHT
// sub-component with an RRULE; a run still going in the last scanned year has no end, so dates
// after the range follow the current rules, and an earlier run ends with UNTIL (a zone that
// dropped daylight saving time); a transition that does not repeat is written alone.
// A zone without transitions gets a single STANDARD.
func vtimezone(loc *time.Location, first, last time.Time) *ical.Component {
	tz := ical.NewComponent(ical.CompTimezone)
	tz.Props.SetText(ical.PropTimezoneID, loc.String())
	tz.Props.Set(untypedText("X-LIC-LOCATION", loc.String()))

	from := time.Date(first.Year()-1, time.January, 1, 0, 0, 0, 0, time.UTC)
	to := time.Date(last.Year()+2, time.January, 1, 0, 0, 0, 0, time.UTC)
	list := transitions(loc, from, to)
	if len(list) == 0 {
		name, offset := from.In(loc).Zone()
		epoch := time.Date(1970, time.January, 1, 0, 0, 0, 0, time.FixedZone(name, offset))
		only := transition{At: epoch.UTC(), OffsetFrom: offset, OffsetTo: offset, Name: name}
		tz.Children = append(tz.Children, observance(ical.CompTimezoneStandard, only, "", time.Time{}))
		return tz
	}
	for i, tr := range list {
		if previousOfKind(list, i, sameRule) {
			continue // written as part of an earlier run
		}
		run := []transition{tr}
		newest := true
		for _, next := range list[i+1:] {
			if next.DST != tr.DST {
				continue
			}
			if !sameRule(tr, next) {
				newest = false
				break
			}
			run = append(run, next)
		}
		kind := ical.CompTimezoneStandard
		if tr.DST {
			kind = ical.CompTimezoneDaylight
		}
		stillApplies := newest && run[len(run)-1].At.Year() > last.Year()
		switch {
		case stillApplies && len(run) > 1:
			tz.Children = append(tz.Children, observance(kind, tr, tr.yearlyRule(), time.Time{}))
		case len(run) > 1:
			tz.Children = append(tz.Children, observance(kind, tr, tr.yearlyRule(), run[len(run)-1].At))
		default:
			tz.Children = append(tz.Children, observance(kind, tr, "", time.Time{}))
		}
	}
	return tz
}

// previousOfKind reports whether the transition before list[i] of the same kind repeats it
// by the same rule, so list[i] belongs to a run that started earlier.
func previousOfKind(list []transition, i int, same func(a, b transition) bool) bool {
	for j := i - 1; j >= 0; j-- {
		if list[j].DST == list[i].DST {
			return same(list[j], list[i])
		}
	}
	return false
}

// observance is one STANDARD or DAYLIGHT sub-component starting at tr, repeating by rrule
// (none when empty) until the given instant (none when zero).
func observance(kind string, tr transition, rrule string, until time.Time) *ical.Component {
	c := ical.NewComponent(kind)
	start := ical.NewProp(ical.PropDateTimeStart)
	start.Value = tr.localStart().Format("20060102T150405")
	c.Props.Set(start)
	c.Props.Set(&ical.Prop{Name: ical.PropTimezoneOffsetFrom, Params: ical.Params{}, Value: utcOffset(tr.OffsetFrom)})
	c.Props.Set(&ical.Prop{Name: ical.PropTimezoneOffsetTo, Params: ical.Params{}, Value: utcOffset(tr.OffsetTo)})
	c.Props.SetText(ical.PropTimezoneName, tr.Name)
	if rrule != "" {
		if !until.IsZero() {
			rrule += ";UNTIL=" + until.UTC().Format("20060102T150405Z")
		}
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
