package workspace_test

import (
	"testing"
	"time"

	"github.com/mentorbase/mentorbase/internal/calendar/icalcheck"
	"github.com/mentorbase/mentorbase/workspace"
)

// strictZone is a programme's zone with the times its pair meets: proposed at propose and
// moved to reschedule, crossing a daylight-saving change so both offsets are exercised, and a
// programme event at kickoff. Times are wall-clock times in zone.
type strictZone struct {
	zone                         string
	propose, reschedule, kickoff [5]int // year, month, day, hour, minute
}

var strictZones = []strictZone{
	// Summer time starts in Paris on 2031-03-30; the meeting moves back to winter time.
	{"Europe/Paris", [5]int{2031, 3, 30, 18, 30}, [5]int{2031, 3, 28, 18, 30}, [5]int{2031, 10, 2, 18, 0}},
	{"Europe/Stockholm", [5]int{2031, 1, 14, 9, 0}, [5]int{2031, 6, 17, 9, 0}, [5]int{2031, 11, 4, 17, 30}},
}

// strictWant is the meeting as every parser must understand it after one step.
type strictWant struct {
	kind, method, status string
	sequence             int
	start                time.Time
}

// TestStrictParsersReadTheInvitesAndFeedWeSend drives a meeting through the product (propose,
// confirm, reschedule, cancel) in a programme in Paris and one in Stockholm, and runs every
// invite mailed and the member's feed after each step through libical, Python's icalendar and
// ical.js: none may complain, and each must put the meeting at the programme's local time.
func TestStrictParsersReadTheInvitesAndFeedWeSend(t *testing.T) {
	t.Parallel()
	for _, z := range strictZones {
		t.Run(z.zone, func(t *testing.T) {
			t.Parallel()
			loc, err := time.LoadLocation(z.zone)
			if err != nil {
				t.Fatal(err)
			}
			at := func(v [5]int) time.Time {
				return time.Date(v[0], time.Month(v[1]), v[2], v[3], v[4], 0, 0, loc)
			}
			w := newPairWorld(t)
			w.program.Set("timezone", z.zone)
			w.Save(w.program)
			w.mentor.Set("calendar_token", "strict-feed-token-0123456789abcdefghij")
			w.Save(w.mentor)
			kickoff := w.Event(w.program.Id, "kickoff", "Kickoff", at(z.kickoff).UTC(),
				map[string]any{"ends_at": at(z.kickoff).Add(2 * time.Hour).UTC()})

			meeting, err := workspace.ProposeMeeting(w.app, w.mentee.Id, w.match.Id, videoProposal(at(z.propose)))
			if err != nil {
				t.Fatal(err)
			}
			steps := []struct {
				do   func() error
				want strictWant
			}{
				{func() error { return nil }, strictWant{"meeting_proposed", "REQUEST", "TENTATIVE", 0, at(z.propose)}},
				{func() error { return workspace.ConfirmMeeting(w.app, w.mentor.Id, meeting.Id) },
					strictWant{"meeting_confirmed", "REQUEST", "CONFIRMED", 0, at(z.propose)}},
				{func() error {
					return workspace.RescheduleMeeting(w.app, w.mentor.Id, meeting.Id, videoProposal(at(z.reschedule)))
				}, strictWant{"meeting_rescheduled", "REQUEST", "TENTATIVE", 1, at(z.reschedule)}},
				{func() error { return workspace.CancelMeeting(w.app, w.mentee.Id, meeting.Id) },
					strictWant{"meeting_cancelled", "CANCEL", "CANCELLED", 2, at(z.reschedule)}},
			}
			uid := "meeting-" + meeting.Id + "@mentor.example.org"
			for _, step := range steps {
				if err := step.do(); err != nil {
					t.Fatalf("%s: %v", step.want.kind, err)
				}
				sent := mails(t, w.app, step.want.kind)
				if len(sent) != 2 {
					t.Fatalf("%s: %d mails, want one per member", step.want.kind, len(sent))
				}
				for _, m := range sent {
					name := step.want.kind + " to " + m.GetString("to")
					if m.GetString("ics_method") != step.want.method {
						t.Errorf("%s: ics_method %q, want %q", name, m.GetString("ics_method"), step.want.method)
					}
					for _, r := range icalcheck.Check(t, []byte(m.GetString("ics"))) {
						if r.Method != step.want.method {
							t.Errorf("%s: %s read METHOD %q, want %q", name, r.Parser, r.Method, step.want.method)
						}
						checkStrictEvent(t, name, r, uid, step.want)
					}
				}
				feed, err := workspace.FeedFor(w.app, w.mentor.GetString("calendar_token"))
				if err != nil {
					t.Fatal(err)
				}
				name := "feed after " + step.want.kind
				for _, r := range icalcheck.Check(t, feed) {
					if r.Method != "" {
						t.Errorf("%s: %s read METHOD %q in a published feed", name, r.Parser, r.Method)
					}
					checkStrictEvent(t, name, r, uid, step.want)
					checkStrictEvent(t, name, r, "event-"+kickoff.Id+"@mentor.example.org",
						strictWant{start: at(z.kickoff), status: "CONFIRMED"})
					if step.want.kind == "meeting_confirmed" {
						// The road-book is due three days before the first confirmed meeting: a
						// date in the programme's zone, the same for every reader.
						due, _ := r.Event("roadbook-due-" + w.match.Id + "-" + w.mentor.Id + "@mentor.example.org")
						if day := at(z.propose).AddDate(0, 0, -3).Format("2006-01-02"); due.Local != day || due.TZID != "DATE" {
							t.Errorf("%s: %s puts the road-book deadline at %s %s, want the whole day %s", name, r.Parser, due.Local, due.TZID, day)
						}
					}
				}
			}
		})
	}
}

// checkStrictEvent checks that parser result r holds the event uid starting at want.start,
// read both as the programme's wall-clock time and as a UTC instant, with want's SEQUENCE and
// STATUS.
func checkStrictEvent(t *testing.T, file string, r icalcheck.Result, uid string, want strictWant) {
	t.Helper()
	got, ok := r.Event(uid)
	if !ok {
		t.Errorf("%s: %s sees no event %s:\n%s", file, r.Parser, uid, r.Output)
		return
	}
	wantEvent := icalcheck.Event{UID: uid, Local: want.start.Format("2006-01-02T15:04:05"),
		TZID: want.start.Location().String(), UTC: want.start.UTC().Format("2006-01-02T15:04:05Z"),
		Sequence: want.sequence, Status: want.status, Description: got.Description}
	if got != wantEvent {
		t.Errorf("%s: %s understood\n%+v\nwant\n%+v", file, r.Parser, got, wantEvent)
	}
	if testing.Verbose() {
		t.Logf("%s, %s: %s %s = %s, SEQUENCE %d %s", file, r.Parser, got.Local, got.TZID, got.UTC, got.Sequence, got.Status)
	}
}
