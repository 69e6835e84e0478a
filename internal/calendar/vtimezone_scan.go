package calendar

import "time"

// The years a VTIMEZONE describes. Invites and feeds are built inside requests, invites even
// inside the meeting's save transaction, so the work must not grow with whatever date a record
// holds: times outside these years are treated as their first or last year. An event after
// the last one still gets the zone's current rules, which have no end; one before the first
// gets its earliest observance.
const (
	firstScannedYear = 1970
	lastScannedYear  = 2200
)

// maxChangesPerYear bounds the steps of transitions per scanned year. Go reports at most a
// handful of boundaries a year (Morocco's Ramadan time has four changes, and past its table
// Go adds the turn of the year); the bound only guarantees that a misbehaving time zone
// database cannot keep a request busy.
const maxChangesPerYear = 16

// scanned clamps t into the years a VTIMEZONE describes.
func scanned(t time.Time) time.Time {
	switch {
	case t.Year() < firstScannedYear:
		return time.Date(firstScannedYear, time.January, 1, 0, 0, 0, 0, time.UTC)
	case t.Year() > lastScannedYear:
		return time.Date(lastScannedYear, time.December, 31, 0, 0, 0, 0, time.UTC)
	}
	return t
}

// transitions lists the zone's offset changes in [from, to), in at most maxChangesPerYear
// steps per year of the range.
func transitions(loc *time.Location, from, to time.Time) []transition {
	var list []transition
	steps := (to.Year() - from.Year() + 1) * maxChangesPerYear
	t := from.In(loc)
	for ; steps > 0; steps-- {
		end := nextBoundary(t)
		if end.IsZero() || !end.Before(to) {
			break
		}
		_, offFrom := t.Zone()
		name, offTo := end.Zone()
		if offFrom != offTo || name != t.Format("MST") {
			list = append(list, transition{At: end.UTC(), OffsetFrom: offFrom, OffsetTo: offTo,
				Name: name, DST: end.IsDST()})
		}
		t = end
	}
	return list
}

// nextBoundary is the first instant after t where the zone may change its offset or name,
// zero when it never does again. Past the last year of its table Go computes zone periods
// from the zone's rule and ends the last one of a year 365 days after the year began: in a
// leap year that is 31 December, where ZoneBounds then answers the same end for ever. There
// the scan moves on by a day, which skips nothing: no zone's rule changes time on 31 December
// (TestVTimezoneOfEveryZone checks every offset the rules give against Go's).
func nextBoundary(t time.Time) time.Time {
	_, end := t.ZoneBounds()
	if end.IsZero() || end.After(t) {
		return end
	}
	return t.Add(24 * time.Hour)
}
