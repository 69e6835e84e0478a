package workspace

import (
	"bytes"
	"strings"
	"time"

	"github.com/emersion/go-ical"
)

// maxBusyTimes bounds what one calendar contributes, whatever its size.
const maxBusyTimes = 5000

// ParseBusy reads the busy times within [from, to) of an iCalendar file: the FREEBUSY periods
// of its VFREEBUSY components (but those typed FREE) and its VEVENTs, recurring ones expanded,
// but those marked TRANSPARENT or CANCELLED. Times without a zone are read in UTC.
func ParseBusy(data []byte, from, to time.Time) ([]Interval, error) {
	cal, err := ical.NewDecoder(bytes.NewReader(data)).Decode()
	if err != nil {
		return nil, err
	}
	var busy []Interval
	keep := func(i Interval) {
		if len(busy) < maxBusyTimes && i.End.After(i.Start) && i.overlaps(Interval{from, to}) {
			busy = append(busy, i)
		}
	}
	for _, child := range cal.Children {
		switch child.Name {
		case ical.CompFreeBusy:
			for _, prop := range child.Props.Values(ical.PropFreeBusy) {
				if strings.EqualFold(prop.Params.Get(ical.ParamFreeBusyType), "FREE") {
					continue
				}
				for _, period := range strings.Split(prop.Value, ",") {
					if i, ok := parsePeriod(period); ok {
						keep(i)
					}
				}
			}
		case ical.CompEvent:
			eventBusy(ical.Event{Component: child}, from, to, keep)
		}
	}
	return busy, nil
}

// eventBusy hands keep the times an event takes within [from, to).
func eventBusy(event ical.Event, from, to time.Time, keep func(Interval)) {
	if transp := event.Props.Get(ical.PropTransparency); transp != nil && strings.EqualFold(transp.Value, "TRANSPARENT") {
		return
	}
	if status, err := event.Status(); err == nil && status == ical.EventCancelled {
		return
	}
	start, err := event.DateTimeStart(time.UTC)
	if err != nil {
		return
	}
	end, err := event.DateTimeEnd(time.UTC)
	if err != nil || end.IsZero() {
		end = start.Add(time.Hour)
	}
	length := end.Sub(start)
	set, err := event.RecurrenceSet(time.UTC)
	if err != nil || set == nil {
		keep(Interval{start, end})
		return
	}
	for _, at := range set.Between(from.Add(-length), to, true) {
		keep(Interval{at, at.Add(length)})
	}
}

// parsePeriod reads an RFC 5545 period: "start/end" or "start/duration", in UTC.
func parsePeriod(period string) (Interval, bool) {
	first, second, ok := strings.Cut(strings.TrimSpace(period), "/")
	if !ok {
		return Interval{}, false
	}
	start, err := time.Parse("20060102T150405Z", first)
	if err != nil {
		return Interval{}, false
	}
	if end, err := time.Parse("20060102T150405Z", second); err == nil {
		return Interval{start, end}, true
	}
	prop := ical.NewProp(ical.PropDuration)
	prop.Value = second
	length, err := prop.Duration()
	if err != nil {
		return Interval{}, false
	}
	return Interval{start, start.Add(length)}, true
}
