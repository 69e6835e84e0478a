package workspace

import (
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/mentorbase/mentorbase/kernel"
)

// The values an availability is made of, read from a form or a record alike.

// rangeOf reads one range, which must hold at least one meeting of length.
func rangeOf(field, from, to string, length time.Duration) (TimeRange, error) {
	start, okFrom := clockOf(from)
	end, okTo := clockOf(to)
	if !okFrom || !okTo {
		return TimeRange{}, kernel.RefuseField(field, "booking.error.range", "text", strings.TrimSpace(from)+"–"+strings.TrimSpace(to))
	}
	if end <= start {
		return TimeRange{}, kernel.RefuseField(field, "booking.error.order", "from", start.String(), "to", end.String())
	}
	if time.Duration(end-start)*time.Minute < length {
		return TimeRange{}, kernel.RefuseField(field, "booking.error.short", "from", start.String(), "to", end.String(),
			"minutes", int(length/time.Minute))
	}
	return TimeRange{From: start, To: end}, nil
}

// clockOf reads "17:00", "17", "17h30" or "17.30"; 24:00 is the end of the day.
func clockOf(s string) (Clock, bool) {
	s = strings.NewReplacer("h", ":", "H", ":", ".", ":").Replace(strings.TrimSpace(s))
	hours, minutes, _ := strings.Cut(s, ":")
	if minutes == "" {
		minutes = "0"
	}
	h, errH := strconv.Atoi(hours)
	m, errM := strconv.Atoi(minutes)
	if errH != nil || errM != nil || h < 0 || m < 0 || m > 59 || h > 24 || h == 24 && m > 0 {
		return 0, false
	}
	return Clock(h*60 + m), true
}

// zoneOf is the IANA zone named, refused beside the zone field when unknown.
func zoneOf(name string) (*time.Location, error) {
	loc, err := time.LoadLocation(strings.TrimSpace(name))
	if name == "" || name == "Local" || err != nil {
		return time.UTC, kernel.RefuseField("timezone", "booking.error.zone", "zone", name)
	}
	return loc, nil
}

// lengthOf is the offered meeting length; 0 is the default hour.
func lengthOf(minutes int) (time.Duration, error) {
	if minutes == 0 {
		return DefaultSlotLength, nil
	}
	if !slices.Contains(SlotLengths, minutes) {
		return DefaultSlotLength, kernel.RefuseField("slot_minutes", "booking.error.length")
	}
	return time.Duration(minutes) * time.Minute, nil
}

// weekdayNamed is the weekday of "mon"…"sun", -1 for anything else.
func weekdayNamed(name string) time.Weekday {
	i := slices.Index(Weekdays, name)
	if i < 0 {
		return -1
	}
	return time.Weekday((i + 1) % 7)
}

// isDate reports whether s is a date such as 2026-12-24.
func isDate(s string) bool {
	_, err := time.Parse(time.DateOnly, s)
	return err == nil
}

// isWebAddress reports whether s is an absolute http or https address.
func isWebAddress(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "https" || u.Scheme == "http") && u.Host != ""
}
