package workspace

import (
	"slices"
	"time"
)

// Booking horizon and notice: slots are offered for the coming BookingDays, from
// BookingNotice after now, so nobody finds a meeting booked for the next hour.
const (
	BookingDays   = 21
	BookingNotice = 12 * time.Hour
)

// Interval is the instants [Start, End).
type Interval struct{ Start, End time.Time }

// overlaps reports whether i and other share an instant.
func (i Interval) overlaps(other Interval) bool {
	return i.Start.Before(other.End) && other.Start.Before(i.End)
}

// FreeSlots are the slots of h that lie within [from, to) and overlap none of busy, earliest
// first. Each day is read on the wall clock of h.Zone, so a weekly 17:00 is 17:00 there on
// both sides of a change to or from summer time; a slot the clocks skip or repeat (one that
// would not last h.Length) is left out rather than moved.
func FreeSlots(h Hours, busy []Interval, from, to time.Time) []Interval {
	var out []Interval
	taken := newBusyIndex(busy)
	first, last := from.In(h.Zone), to.In(h.Zone)
	day := time.Date(first.Year(), first.Month(), first.Day(), 0, 0, 0, 0, time.UTC)
	end := time.Date(last.Year(), last.Month(), last.Day(), 0, 0, 0, 0, time.UTC)
	for ; !day.After(end); day = day.AddDate(0, 0, 1) {
		for _, r := range h.rangesOn(day) {
			for m := r.From; m+Clock(h.Length/time.Minute) <= r.To; m += Clock(h.Length / time.Minute) {
				slot := Interval{Start: wall(day, m, h.Zone), End: wall(day, m+Clock(h.Length/time.Minute), h.Zone)}
				if slot.End.Sub(slot.Start) != h.Length || slot.Start.In(h.Zone).Hour()*60+slot.Start.In(h.Zone).Minute() != int(m) {
					continue
				}
				if slot.Start.Before(from) || slot.End.After(to) || taken.overlaps(slot) {
					continue
				}
				out = append(out, slot)
			}
		}
	}
	slices.SortFunc(out, func(a, b Interval) int { return a.Start.Compare(b.Start) })
	return slices.CompactFunc(out, func(a, b Interval) bool { return a.Start.Equal(b.Start) })
}

// rangesOn are h's ranges on day (a date at midnight UTC standing for the wall-clock date):
// the weekly ones unless the day is off, and the extra ones of that date.
func (h Hours) rangesOn(day time.Time) []TimeRange {
	date := day.Format(time.DateOnly)
	var out []TimeRange
	if !h.off(date) {
		for _, r := range h.Weekly {
			if r.Day == day.Weekday() {
				out = append(out, r.TimeRange)
			}
		}
	}
	for _, r := range h.Extra {
		if r.Date == date {
			out = append(out, r.TimeRange)
		}
	}
	return out
}

// off reports whether date falls in one of h's days off.
func (h Hours) off(date string) bool {
	for _, d := range h.DaysOff {
		if d.From <= date && date <= d.To {
			return true
		}
	}
	return false
}

// wall is the instant showing clock m of the date day in loc.
func wall(day time.Time, m Clock, loc *time.Location) time.Time {
	return time.Date(day.Year(), day.Month(), day.Day(), int(m)/60, int(m)%60, 0, 0, loc)
}

// busyAt reports whether slot overlaps one of busy.
func busyAt(busy []Interval, slot Interval) bool {
	return newBusyIndex(busy).overlaps(slot)
}

// busyIndex answers "does this slot overlap a busy time?" in a binary search: the busy
// times sorted by start, with the latest end among each prefix.
type busyIndex struct {
	byStart []Interval
	maxEnd  []time.Time // maxEnd[i] is the latest End of byStart[:i+1]
}

// newBusyIndex indexes busy, which it does not change.
func newBusyIndex(busy []Interval) busyIndex {
	sorted := slices.Clone(busy)
	slices.SortFunc(sorted, func(a, b Interval) int { return a.Start.Compare(b.Start) })
	index := busyIndex{byStart: sorted, maxEnd: make([]time.Time, len(sorted))}
	for i, b := range sorted {
		index.maxEnd[i] = b.End
		if i > 0 && index.maxEnd[i-1].After(b.End) {
			index.maxEnd[i] = index.maxEnd[i-1]
		}
	}
	return index
}

// overlaps reports whether slot overlaps a busy time: one starting before the slot ends
// whose end comes after the slot starts.
func (x busyIndex) overlaps(slot Interval) bool {
	k, _ := slices.BinarySearchFunc(x.byStart, slot.End, func(b Interval, end time.Time) int {
		if b.Start.Before(end) {
			return -1
		}
		return 1
	})
	return k > 0 && x.maxEnd[k-1].After(slot.Start)
}
