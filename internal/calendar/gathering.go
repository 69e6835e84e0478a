package calendar

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/emersion/go-ical"
)

// StatusScheduled is a programme event that takes place (events.status); a cancelled one has
// StatusCancelled, as a meeting.
const StatusScheduled = "scheduled"

// Participation statuses of an invitee (PARTSTAT, RFC 5545 3.2.12), from their answer.
const (
	PartStatNeedsAction = "NEEDS-ACTION"
	PartStatAccepted    = "ACCEPTED"
	PartStatDeclined    = "DECLINED"
)

// Gathering is a programme event (kickoff, closing, workshop) as the invite of one invitee
// describes it: the programme organises it, the invitee is its one attendee, so nobody's
// address is mailed to the other invitees.
type Gathering struct {
	ID, Domain  string // the events record id and the portal's host name: the UID
	Start, End  time.Time
	TimeZone    string // IANA zone of the programme
	Sequence    int    // events.sequence
	Status      string // StatusScheduled or StatusCancelled
	Title       string
	Description string
	Location    string    // a place, or the link of an online event
	URL         string    // the event on the portal
	Stamp       time.Time // when this version was written (DTSTAMP); zero means now

	Organizer Person // the programme: its name and contact address
	Attendee  Person // the invitee
	PartStat  string // PartStatNeedsAction, PartStatAccepted or PartStatDeclined
}

// UID is the event's stable iCalendar UID, the same in every invite and feed.
func (g Gathering) UID() string { return UID("event", g.ID, g.Domain) }

// FeedEvent is the programme event as an entry of a subscription feed.
func (g Gathering) FeedEvent() Event {
	description := strings.TrimSpace(g.Description)
	if g.URL != "" {
		description = strings.TrimSpace(description + "\n\n" + g.URL)
	}
	return Event{
		UID: g.UID(), Kind: KindProgramme, Title: g.Title, Description: description,
		Location: g.Location, URL: g.URL, Start: g.Start, End: g.End, TimeZone: g.TimeZone,
		Status: g.Status, Sequence: g.Sequence, Stamp: g.Stamp,
	}
}

// GatheringInvite writes the programme event as the iTIP message of its one attendee:
// MethodRequest announces or updates it and asks for an answer (RSVP), MethodCancel calls it off.
func GatheringInvite(g Gathering, method string) ([]byte, error) {
	switch {
	case method != MethodRequest && method != MethodCancel:
		return nil, fmt.Errorf("calendar: unknown method %q", method)
	case method == MethodRequest && g.Status == StatusCancelled:
		return nil, errors.New("calendar: a cancelled event is sent with method CANCEL")
	case g.ID == "" || g.Domain == "":
		return nil, errors.New("calendar: an event needs an id and a domain for its UID")
	case g.Organizer.Email == "" || g.Attendee.Email == "":
		return nil, errors.New("calendar: an event invite needs an organiser's and an attendee's e-mail")
	}
	e := g.FeedEvent()
	if method == MethodCancel {
		e.Status = StatusCancelled
	}
	cal := newCalendar()
	cal.Props.SetText(ical.PropMethod, method)
	err := addEvents(cal, []Event{e}, func(ev *ical.Component) {
		ev.Props.Set(calAddress(ical.PropOrganizer, g.Organizer))
		a := calAddress(ical.PropAttendee, g.Attendee)
		a.Params.Set(ical.ParamRole, "OPT-PARTICIPANT")
		a.Params.Set(ical.ParamCalendarUserType, "INDIVIDUAL")
		a.Params.Set(ical.ParamParticipationStatus, partStat(g.PartStat))
		if method == MethodRequest {
			a.Params.Set(ical.ParamRSVP, "TRUE")
		}
		ev.Props.Add(a)
	})
	if err != nil {
		return nil, err
	}
	return encode(cal)
}

// partStat is p, NEEDS-ACTION when it is empty.
func partStat(p string) string {
	if p == "" {
		return PartStatNeedsAction
	}
	return p
}
