package calendar

import (
	"fmt"
	"net/url"
	"sort"
	"time"

	"github.com/emersion/go-ical"
)

// Kinds of feed entries, written as the event's CATEGORIES.
const (
	KindMeeting   = "meeting"
	KindProgramme = "programme" // kickoff, closing, workshop
	KindDeadline  = "deadline"  // road-book due, evaluation due
)

// feedRefresh is how often subscribers should fetch the feed again: often enough that a
// meeting proposed in the morning shows by the afternoon, rarely enough to spare the server.
const feedRefresh = "PT1H"

// Event is one entry of a subscription feed.
type Event struct {
	UID         string // stable across fetches, see UID
	Kind        string // KindMeeting, KindProgramme or KindDeadline
	Title       string
	Description string
	Location    string
	URL         string
	Start, End  time.Time
	TimeZone    string    // IANA zone of the programme; "" writes UTC times
	AllDay      bool      // the whole day of Start in TimeZone; End is ignored
	Status      string    // a meeting's status; "" writes none
	Sequence    int       // a meeting's or programme event's sequence; written when Status is set
	Stamp       time.Time // when this version was written (DTSTAMP); zero means now
}

// Feed writes a user's subscription calendar named name (METHOD-less, so clients treat it
// as a published calendar, not as invitations to answer). Deadlines are all-day events: a
// deadline is a date rather than an instant, calendars show all-day entries in a band at the
// top of the day where they are seen without being mistaken for a meeting, they stay on the
// same date whatever the reader's zone, and they are transparent so they block no free time.
func Feed(name string, events []Event) ([]byte, error) {
	cal := newCalendar()
	cal.Props.SetText(ical.PropName, name)
	cal.Props.Set(untypedText("X-WR-CALNAME", name))
	// RFC 7986 requires the VALUE parameter here, though DURATION is the only one allowed.
	cal.Props.Set(&ical.Prop{Name: ical.PropRefreshInterval,
		Params: ical.Params{ical.ParamValue: {string(ical.ValueDuration)}}, Value: feedRefresh})
	cal.Props.Set(untypedText("X-PUBLISHED-TTL", feedRefresh))
	if len(events) == 0 {
		// RFC 5545 wants at least one component; a UTC zone is one that shows nothing.
		cal.Children = append(cal.Children, vtimezone(time.UTC, time.Now(), time.Now()))
	}
	if err := addEvents(cal, events, nil); err != nil {
		return nil, err
	}
	return encode(cal)
}

// addEvents appends one VTIMEZONE per zone the events use, then one VEVENT per event, each
// passed to decorate when it is not nil.
func addEvents(cal *ical.Calendar, events []Event, decorate func(*ical.Component)) error {
	zones := map[string]*time.Location{}
	first, last := map[string]time.Time{}, map[string]time.Time{}
	for _, e := range events {
		loc, err := zone(e.TimeZone)
		if err != nil {
			return err
		}
		if loc == time.UTC || e.AllDay {
			continue
		}
		name := loc.String()
		zones[name] = loc
		if f, ok := first[name]; !ok || e.Start.Before(f) {
			first[name] = e.Start
		}
		if l, ok := last[name]; !ok || e.End.After(l) {
			last[name] = e.End
		}
	}
	names := make([]string, 0, len(zones))
	for name := range zones {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		cal.Children = append(cal.Children, vtimezone(zones[name], first[name], last[name]))
	}
	for _, e := range events {
		ev, err := vevent(e)
		if err != nil {
			return err
		}
		if decorate != nil {
			decorate(ev)
		}
		cal.Children = append(cal.Children, ev)
	}
	return nil
}

// zone loads an IANA zone; "" is UTC.
func zone(name string) (*time.Location, error) {
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil, fmt.Errorf("calendar: time zone %q: %w", name, err)
	}
	return loc, nil
}

// eventStatus maps a meeting's or programme event's status to the VEVENT STATUS.
var eventStatus = map[string]ical.EventStatus{
	StatusScheduled: ical.EventConfirmed,
	StatusProposed:  ical.EventTentative,
	StatusConfirmed: ical.EventConfirmed,
	StatusHeld:      ical.EventConfirmed,
	StatusCancelled: ical.EventCancelled,
}

// vevent builds the VEVENT of one event.
func vevent(e Event) (*ical.Component, error) {
	if e.UID == "" {
		return nil, fmt.Errorf("calendar: event %q has no UID", e.Title)
	}
	loc, err := zone(e.TimeZone)
	if err != nil {
		return nil, err
	}
	ev := ical.NewEvent()
	ev.Props.SetText(ical.PropUID, e.UID)
	stamp := e.Stamp
	if stamp.IsZero() {
		stamp = time.Now()
	}
	ev.Props.SetDateTime(ical.PropDateTimeStamp, stamp.UTC().Truncate(time.Second))
	if e.AllDay {
		day := e.Start.In(loc)
		ev.Props.SetDate(ical.PropDateTimeStart, day)
		ev.Props.SetDate(ical.PropDateTimeEnd, day.AddDate(0, 0, 1))
		ev.Props.SetText(ical.PropTransparency, "TRANSPARENT")
	} else {
		if !e.End.After(e.Start) {
			return nil, fmt.Errorf("calendar: event %s ends before it starts", e.UID)
		}
		ev.Props.SetDateTime(ical.PropDateTimeStart, e.Start.In(loc).Truncate(time.Second))
		ev.Props.SetDateTime(ical.PropDateTimeEnd, e.End.In(loc).Truncate(time.Second))
	}
	ev.Props.SetText(ical.PropSummary, e.Title)
	if e.Kind != "" {
		ev.Props.SetText(ical.PropCategories, e.Kind)
	}
	if e.Description != "" {
		ev.Props.SetText(ical.PropDescription, e.Description)
	}
	if e.Location != "" {
		ev.Props.SetText(ical.PropLocation, e.Location)
	}
	if e.URL != "" {
		u, err := url.Parse(e.URL)
		if err != nil {
			return nil, fmt.Errorf("calendar: event %s: %w", e.UID, err)
		}
		ev.Props.SetURI(ical.PropURL, u)
	}
	if status, ok := eventStatus[e.Status]; ok {
		ev.SetStatus(status)
	}
	// Entries that are invitations somewhere (meetings, programme events with a status) carry
	// the SEQUENCE of the invites mailed, so the feed and the mail agree on the version.
	if e.Kind == KindMeeting || e.Status != "" {
		seq := ical.NewProp(ical.PropSequence)
		seq.Value = fmt.Sprint(e.Sequence)
		ev.Props.Set(seq)
	}
	return ev.Component, nil
}
