package calendar

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/emersion/go-ical"
)

// onset is one instant where a VTIMEZONE says the offset becomes to.
type onset struct {
	at       time.Time
	from, to int
}

// onsets reads a VTIMEZONE as a calendar would: every STANDARD and DAYLIGHT start, with its
// yearly RRULE (BYMONTH and BYDAY, as vtimezone writes them) repeated up to UNTIL or the end
// of the given year.
func onsets(tz *ical.Component, untilYear int) ([]onset, error) {
	var list []onset
	for _, c := range tz.Children {
		from, err1 := parseOffset(c.Props.Get(ical.PropTimezoneOffsetFrom).Value)
		to, err2 := parseOffset(c.Props.Get(ical.PropTimezoneOffsetTo).Value)
		start, err3 := time.ParseInLocation("20060102T150405", c.Props.Get(ical.PropDateTimeStart).Value, time.FixedZone("", from))
		if err := firstError(err1, err2, err3); err != nil {
			return nil, fmt.Errorf("%s: %w", c.Name, err)
		}
		list = append(list, onset{start, from, to})
		rule := c.Props.Get(ical.PropRecurrenceRule)
		if rule == nil {
			continue
		}
		parts := map[string]string{}
		for _, kv := range strings.Split(rule.Value, ";") {
			k, v, _ := strings.Cut(kv, "=")
			parts[k] = v
		}
		until := time.Date(untilYear+1, time.January, 1, 0, 0, 0, 0, time.UTC)
		if parts["UNTIL"] != "" {
			if until, err1 = time.Parse("20060102T150405Z", parts["UNTIL"]); err1 != nil {
				return nil, err1
			}
		}
		month, _ := strconv.Atoi(parts["BYMONTH"])
		byday := parts["BYDAY"]
		week, _ := strconv.Atoi(byday[:len(byday)-2])
		weekday := strings.Index("SUMOTUWETHFRSA", byday[len(byday)-2:]) / 2
		for y := start.Year() + 1; y <= untilYear; y++ {
			at := nthWeekday(y, time.Month(month), week, time.Weekday(weekday), start)
			if at.After(until) {
				break
			}
			list = append(list, onset{at, from, to})
		}
	}
	return list, nil
}

// nthWeekday is the week-th weekday of the month (-1: the last) at the clock time of like.
func nthWeekday(year int, month time.Month, week int, weekday time.Weekday, like time.Time) time.Time {
	day := time.Date(year, month, 1, like.Hour(), like.Minute(), like.Second(), 0, like.Location())
	if week < 0 {
		day = day.AddDate(0, 1, -7)
		week = 1
	}
	for day.Weekday() != weekday {
		day = day.AddDate(0, 0, 1)
	}
	return day.AddDate(0, 0, 7*(week-1))
}

// offsetAt is the offset the onsets give at instant x: that of the latest onset before it,
// or before them all the offset the earliest one leaves.
func offsetAt(list []onset, x time.Time) int {
	var latest, earliest *onset
	for i := range list {
		o := &list[i]
		if !o.at.After(x) && (latest == nil || o.at.After(latest.at)) {
			latest = o
		}
		if earliest == nil || o.at.Before(earliest.at) {
			earliest = o
		}
	}
	if latest != nil {
		return latest.to
	}
	return earliest.from
}

// parseOffset reads a UTC-OFFSET such as +0100 or -004430 as seconds east of UTC.
func parseOffset(s string) (int, error) {
	if len(s) != 5 && len(s) != 7 || (s[0] != '+' && s[0] != '-') {
		return 0, fmt.Errorf("bad UTC offset %q", s)
	}
	secs := 0
	for i, unit := range []int{3600, 60, 1} {
		if 1+2*i >= len(s) {
			break
		}
		n, err := strconv.Atoi(s[1+2*i : 3+2*i])
		if err != nil {
			return 0, fmt.Errorf("bad UTC offset %q", s)
		}
		secs += n * unit
	}
	if s[0] == '-' {
		secs = -secs
	}
	return secs, nil
}

func firstError(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}
