package kernel

import (
	"strings"
	"time"
)

// LocalInputLayout is how a date and time is typed in a form (an HTML datetime-local input):
// the programme's wall clock, without a zone.
const LocalInputLayout = "2006-01-02T15:04"

// Codes of the refusals of a typed date and time; they are catalog keys.
const (
	CodeLocalTimeInvalid = "settings.error.datetime"
	CodeLocalTimeGap     = "settings.error.datetime_gap"
)

// LocalInput is t on the wall clock of loc as a form shows it, "" for no date.
func LocalInput(t time.Time, loc *time.Location) string {
	if t.IsZero() {
		return ""
	}
	return t.In(loc).Format(LocalInputLayout)
}

// ParseLocalInput reads a date and time typed on the wall clock of loc (seconds, if a browser
// sends them, are accepted and dropped). An empty value is no date. A time the clocks skip
// when summer time starts (02:30 on the last Sunday of March in Europe) is refused beside
// field rather than moved by an hour nobody asked for; a time that happens twice when summer
// time ends is read as the first of the two.
func ParseLocalInput(field, value string, loc *time.Location) (time.Time, error) {
	value = strings.TrimSpace(value)
	if value == "" {
		return time.Time{}, nil
	}
	if len(value) == len(LocalInputLayout)+3 && value[len(LocalInputLayout)] == ':' {
		value = value[:len(LocalInputLayout)]
	}
	wall, err := time.Parse(LocalInputLayout, value)
	if err != nil {
		return time.Time{}, RefuseField(field, CodeLocalTimeInvalid)
	}
	t := time.Date(wall.Year(), wall.Month(), wall.Day(), wall.Hour(), wall.Minute(), 0, 0, loc)
	if t.Format(LocalInputLayout) != value {
		return time.Time{}, RefuseField(field, CodeLocalTimeGap, "zone", loc.String())
	}
	return earliest(t, loc), nil
}

// earliest is the first instant showing t's wall clock in loc: when summer time ends the same
// hour happens twice, and the first is the one a person means by "02:30" on that night.
func earliest(t time.Time, loc *time.Location) time.Time {
	if before := t.Add(-time.Hour); before.In(loc).Format(LocalInputLayout) == t.Format(LocalInputLayout) {
		return before
	}
	return t
}
