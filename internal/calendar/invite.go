// Package calendar writes the iCalendar files of mentorbase (RFC 5545, with RFC 5546 methods
// for invitations): the invite mailed for a meeting and the subscription feed of a user. It
// knows nothing of PocketBase: callers fill Meeting and Event from their records.
package calendar

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/emersion/go-ical"
)

// Methods of an invite (RFC 5546): REQUEST for a proposal, a confirmation or a change, CANCEL
// when the meeting is called off.
const (
	MethodRequest = "REQUEST"
	MethodCancel  = "CANCEL"
)

// Meeting statuses, as stored in meetings.status.
const (
	StatusProposed  = "proposed"
	StatusConfirmed = "confirmed"
	StatusCancelled = "cancelled"
	StatusHeld      = "held"
)

// Meeting modes, as stored in meetings.mode.
const (
	ModeInPerson = "in_person"
	ModeVideo    = "video"
	ModePhone    = "phone"
)

// Person is an organiser or attendee of a meeting.
type Person struct {
	Name, Email string
}

// Meeting is one meeting of a pair, as an invite describes it.
type Meeting struct {
	ID       string // the meetings record id; with Domain it makes the UID
	Domain   string // host name of the portal, e.g. mentor.example.org
	Start    time.Time
	End      time.Time
	TimeZone string // IANA name of the programme's zone, e.g. Europe/Paris
	Sequence int    // meetings.sequence: 0 when proposed, +1 for every change of time or place
	Status   string // StatusProposed, StatusConfirmed, StatusCancelled or StatusHeld
	Mode     string // ModeInPerson, ModeVideo or ModePhone
	Location string
	VideoURL string
	Agenda   string
	Title    string
	URL      string    // the pair's page in the portal
	Stamp    time.Time // when this version was written (DTSTAMP); zero means now

	Organizer Person   // the member who proposed the meeting
	Attendees []Person // both members, the organiser included
}

// UID is the meeting's stable iCalendar UID: the same for every invite and feed entry of
// the meeting, so calendars update the event instead of adding another.
func (m Meeting) UID() string {
	return UID("meeting", m.ID, m.Domain)
}

// UID builds a stable, globally unique iCalendar UID from the kind of thing, its record id
// and the portal's host name, e.g. meeting-abc123@mentor.example.org.
func UID(kind, id, domain string) string {
	return fmt.Sprintf("%s-%s@%s", kind, id, domain)
}

// FeedEvent is the meeting as an entry of a subscription feed.
func (m Meeting) FeedEvent() Event {
	location, link := m.Location, m.URL
	if m.Mode == ModeVideo && m.VideoURL != "" {
		location, link = m.VideoURL, m.VideoURL
	}
	description := strings.TrimSpace(m.Agenda)
	if link != "" {
		description = strings.TrimSpace(description + "\n\n" + link)
	}
	return Event{
		UID: m.UID(), Kind: KindMeeting, Title: m.Title, Description: description,
		Location: location, URL: link, Start: m.Start, End: m.End, TimeZone: m.TimeZone,
		Status: m.Status, Sequence: m.Sequence, Stamp: m.Stamp,
	}
}

// Invite writes the meeting as an iTIP message: method MethodRequest for a proposal,
// confirmation or change (raise Sequence for a change), MethodCancel when it is called off.
// The file holds the programme zone's VTIMEZONE, the organiser and both attendees; the one
// who did not propose is asked to reply until the meeting is confirmed.
func Invite(m Meeting, method string) ([]byte, error) {
	switch {
	case method != MethodRequest && method != MethodCancel:
		return nil, fmt.Errorf("calendar: unknown method %q", method)
	case method == MethodRequest && m.Status == StatusCancelled:
		return nil, errors.New("calendar: a cancelled meeting is sent with method CANCEL")
	case m.ID == "" || m.Domain == "":
		return nil, errors.New("calendar: a meeting needs an id and a domain for its UID")
	case m.Organizer.Email == "":
		return nil, errors.New("calendar: a meeting needs an organiser's e-mail")
	}
	e := m.FeedEvent()
	if method == MethodCancel {
		e.Status = StatusCancelled
	}
	cal := newCalendar()
	cal.Props.SetText(ical.PropMethod, method)
	if err := addEvents(cal, []Event{e}, func(ev *ical.Component) { addPeople(ev, m) }); err != nil {
		return nil, err
	}
	return encode(cal)
}

// addPeople adds ORGANIZER and one ATTENDEE per member to a meeting's VEVENT.
func addPeople(ev *ical.Component, m Meeting) {
	organizer := calAddress(ical.PropOrganizer, m.Organizer)
	ev.Props.Set(organizer)
	for _, p := range m.Attendees {
		a := calAddress(ical.PropAttendee, p)
		a.Params.Set(ical.ParamRole, "REQ-PARTICIPANT")
		a.Params.Set(ical.ParamCalendarUserType, "INDIVIDUAL")
		isOrganizer := strings.EqualFold(p.Email, m.Organizer.Email)
		switch {
		case isOrganizer || m.Status == StatusConfirmed || m.Status == StatusHeld:
			a.Params.Set(ical.ParamParticipationStatus, "ACCEPTED")
		default:
			a.Params.Set(ical.ParamParticipationStatus, "NEEDS-ACTION")
		}
		if !isOrganizer && m.Status == StatusProposed {
			a.Params.Set(ical.ParamRSVP, "TRUE")
		}
		ev.Props.Add(a)
	}
}

// calAddress is an ORGANIZER or ATTENDEE property for p: mailto: address and common name.
func calAddress(name string, p Person) *ical.Prop {
	prop := ical.NewProp(name)
	prop.Value = "mailto:" + p.Email
	if p.Name != "" {
		prop.Params.Set(ical.ParamCommonName, paramText(p.Name))
	}
	return prop
}
