package calendar

import (
	"bytes"
	"strings"
	"testing"

	"github.com/emersion/go-ical"
)

// decode reads a file back with go-ical and checks the framing every file must have.
func decode(t *testing.T, data []byte) *ical.Calendar {
	t.Helper()
	for i, line := range strings.SplitAfter(string(data), "\r\n") {
		if len(strings.TrimSuffix(line, "\r\n")) > maxLineOctets || strings.Contains(strings.TrimSuffix(line, "\r\n"), "\n") {
			t.Errorf("line %d is longer than 75 octets or not CRLF-terminated: %q", i+1, line)
		}
	}
	cal, err := ical.NewDecoder(bytes.NewReader(data)).Decode()
	if err != nil {
		t.Fatalf("go-ical cannot read the file back: %v\n%s", err, data)
	}
	for _, name := range []string{ical.PropVersion, ical.PropProductID, ical.PropCalendarScale} {
		if cal.Props.Get(name) == nil {
			t.Errorf("no %s", name)
		}
	}
	return cal
}

func text(t *testing.T, props ical.Props, name string) string {
	t.Helper()
	s, err := props.Text(name)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return s
}

func TestInviteRoundTrips(t *testing.T) {
	for _, tc := range inviteCases(t) {
		t.Run(tc.name, func(t *testing.T) {
			data, err := Invite(tc.meeting, tc.method)
			if err != nil {
				t.Fatal(err)
			}
			cal := decode(t, data)
			if got := text(t, cal.Props, ical.PropMethod); got != tc.method {
				t.Errorf("METHOD = %q, want %q", got, tc.method)
			}
			events := cal.Events()
			if len(events) != 1 {
				t.Fatalf("%d events, want 1", len(events))
			}
			ev := events[0]
			if got := text(t, ev.Props, ical.PropUID); got != "meeting-m1@mentor.example.org" {
				t.Errorf("UID = %q", got)
			}
			if seq, _ := ev.Props.Get(ical.PropSequence).Int(); seq != tc.meeting.Sequence {
				t.Errorf("SEQUENCE = %d, want %d", seq, tc.meeting.Sequence)
			}
			if got := text(t, ev.Props, ical.PropStatus); got != tc.wantState {
				t.Errorf("STATUS = %q, want %q", got, tc.wantState)
			}
			start := ev.Props.Get(ical.PropDateTimeStart)
			if tzid := start.Params.Get(ical.ParamTimezoneID); tzid != tc.meeting.TimeZone {
				t.Errorf("DTSTART TZID = %q, want %q", tzid, tc.meeting.TimeZone)
			}
			at, err := ev.DateTimeStart(nil)
			if err != nil || !at.Equal(tc.meeting.Start) || at.Format("2006-01-02T15:04:05") != tc.wantLocal {
				t.Errorf("DTSTART = %v (%v), want %s", at, err, tc.wantLocal)
			}
			if got := text(t, ev.Props, ical.PropDescription); !strings.HasPrefix(got, longAgenda) {
				t.Errorf("DESCRIPTION = %q, want it to start with the agenda", got)
			}
			stamp := ev.Props.Get(ical.PropDateTimeStamp).Value
			if stamp != "20270301T120000Z" {
				t.Errorf("DTSTAMP = %q, want UTC", stamp)
			}
			checkPeople(t, ev, tc.meeting)
			if cal.Children[0].Name != ical.CompTimezone || text(t, cal.Children[0].Props, ical.PropTimezoneID) != tc.meeting.TimeZone {
				t.Errorf("the first component is not the programme's VTIMEZONE")
			}
		})
	}
}

// checkPeople checks ORGANIZER and the ATTENDEEs: the proposer has accepted, the other is asked
// to reply while the meeting is only proposed.
func checkPeople(t *testing.T, ev ical.Event, m Meeting) {
	t.Helper()
	org := ev.Props.Get(ical.PropOrganizer)
	if org == nil || org.Value != "mailto:anne@example.org" || org.Params.Get(ical.ParamCommonName) != `Anne 'Annie' Dupont` {
		t.Errorf("ORGANIZER = %+v", org)
	}
	attendees := ev.Props.Values(ical.PropAttendee)
	if len(attendees) != 2 {
		t.Fatalf("%d ATTENDEEs, want 2", len(attendees))
	}
	other := attendees[1]
	wantStat, wantRSVP := "NEEDS-ACTION", "TRUE"
	if m.Status == StatusConfirmed {
		wantStat, wantRSVP = "ACCEPTED", ""
	} else if m.Status == StatusCancelled {
		wantRSVP = ""
	}
	if other.Value != "mailto:bjorn@example.org" || other.Params.Get(ical.ParamCommonName) != "Björn Åström, PhD" ||
		other.Params.Get(ical.ParamParticipationStatus) != wantStat || other.Params.Get(ical.ParamRSVP) != wantRSVP ||
		other.Params.Get(ical.ParamRole) != "REQ-PARTICIPANT" {
		t.Errorf("the other member's ATTENDEE = %+v, want PARTSTAT=%s RSVP=%q", other, wantStat, wantRSVP)
	}
	if stat := attendees[0].Params.Get(ical.ParamParticipationStatus); stat != "ACCEPTED" {
		t.Errorf("the organiser's PARTSTAT = %q, want ACCEPTED", stat)
	}
}

func TestInviteLocationFollowsMode(t *testing.T) {
	for _, tc := range inviteCases(t) {
		data, err := Invite(tc.meeting, tc.method)
		if err != nil {
			t.Fatal(err)
		}
		ev := decode(t, data).Events()[0]
		wantLocation, wantURL := tc.meeting.Location, tc.meeting.URL
		if tc.meeting.Mode == ModeVideo {
			wantLocation, wantURL = tc.meeting.VideoURL, tc.meeting.VideoURL
		}
		if got := text(t, ev.Props, ical.PropLocation); got != wantLocation {
			t.Errorf("%s: LOCATION = %q, want %q", tc.name, got, wantLocation)
		}
		if u, _ := ev.Props.URI(ical.PropURL); u == nil || u.String() != wantURL {
			t.Errorf("%s: URL = %v, want %q", tc.name, u, wantURL)
		}
	}
}

func TestInviteRefusesWhatCannotBeSent(t *testing.T) {
	good := inviteCases(t)[0].meeting
	cancelled := good
	cancelled.Status = StatusCancelled
	noID := good
	noID.ID = ""
	noOrganizer := good
	noOrganizer.Organizer.Email = ""
	badZone := good
	badZone.TimeZone = "Europe/Atlantis"
	backwards := good
	backwards.End = good.Start
	for _, tc := range []struct {
		name    string
		meeting Meeting
		method  string
	}{
		{"unknown method", good, "PUBLISH"},
		{"cancelled meeting as a request", cancelled, MethodRequest},
		{"no id", noID, MethodRequest},
		{"no organiser", noOrganizer, MethodRequest},
		{"unknown zone", badZone, MethodRequest},
		{"ends when it starts", backwards, MethodRequest},
	} {
		if _, err := Invite(tc.meeting, tc.method); err == nil {
			t.Errorf("%s: no error", tc.name)
		}
	}
}
