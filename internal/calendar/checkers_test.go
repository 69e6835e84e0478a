package calendar

import (
	"testing"
	"time"

	"github.com/mentorbase/mentorbase/internal/calendar/icalcheck"
)

// checkedFile is one file every strict parser reads, with what each must understand.
type checkedFile struct {
	name   string
	data   []byte
	method string
	want   []icalcheck.Event
}

// checkedFiles writes every invite case and the feed, with the start of each event as the
// parsers must understand it: its wall-clock time in its zone and that instant in UTC.
func checkedFiles(t *testing.T) []checkedFile {
	var files []checkedFile
	for _, tc := range inviteCases(t) {
		data, err := Invite(tc.meeting, tc.method)
		if err != nil {
			t.Fatal(err)
		}
		e := tc.meeting.FeedEvent()
		want := icalcheck.Event{UID: e.UID, Local: tc.wantLocal, TZID: tc.meeting.TimeZone, UTC: tc.wantUTC,
			Sequence: tc.meeting.Sequence, Status: tc.wantState, Description: e.Description}
		files = append(files, checkedFile{tc.name, data, tc.method, []icalcheck.Event{want}})
	}
	events := feedEvents(t)
	data, err := Feed("Mentoring — Björn", events)
	if err != nil {
		t.Fatal(err)
	}
	var want []icalcheck.Event
	for _, e := range events {
		loc, _ := time.LoadLocation(e.TimeZone)
		w := icalcheck.Event{UID: e.UID, Sequence: -1, Description: e.Description}
		if e.AllDay {
			w.Local, w.TZID, w.UTC = e.Start.In(loc).Format("2006-01-02"), "DATE", "-"
		} else {
			w.Local, w.TZID, w.UTC = e.Start.In(loc).Format("2006-01-02T15:04:05"), e.TimeZone, e.Start.UTC().Format("2006-01-02T15:04:05Z")
		}
		if e.Kind == KindMeeting {
			w.Sequence, w.Status = e.Sequence, string(eventStatus[e.Status])
		}
		want = append(want, w)
	}
	files = append(files, checkedFile{"feed", data, "", want})
	empty, err := Feed("Nothing yet", nil)
	if err != nil {
		t.Fatal(err)
	}
	return append(files, checkedFile{"empty feed", empty, "", nil})
}

func TestStrictParsersReadOurFiles(t *testing.T) {
	for _, f := range checkedFiles(t) {
		t.Run(f.name, func(t *testing.T) {
			for _, r := range icalcheck.Check(t, f.data) {
				if r.Method != f.method {
					t.Errorf("%s: METHOD %q, want %q", r.Parser, r.Method, f.method)
				}
				if len(r.Events) != len(f.want) {
					t.Errorf("%s: %d events, want %d:\n%s", r.Parser, len(r.Events), len(f.want), r.Output)
					continue
				}
				for i, got := range r.Events {
					if got != f.want[i] {
						t.Errorf("%s understood\n%+v\nwant\n%+v", r.Parser, got, f.want[i])
					}
				}
				if testing.Verbose() && len(f.want) > 0 {
					t.Logf("%s:\n%s", r.Parser, r.Output)
				}
			}
		})
	}
}
