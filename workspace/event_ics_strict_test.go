package workspace_test

import (
	"bytes"
	"github.com/mentorbase/mentorbase/apptest"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/internal/calendar/icalcheck"
	"github.com/mentorbase/mentorbase/workspace"
)

// TestStrictParsersReadTheEventInvitesWeSend drives a programme event through the product
// (created, moved, cancelled) in a programme in Paris and one in Stockholm, and runs every
// invite mailed after each step, and an invitee's feed at the end, through libical, Python's icalendar and
// ical.js: none may complain, and each must put the event at the programme's local time with
// the invite's SEQUENCE and STATUS.
func TestStrictParsersReadTheEventInvitesWeSend(t *testing.T) {
	t.Parallel()
	for _, z := range strictZones {
		t.Run(z.zone, func(t *testing.T) {
			t.Parallel()
			loc, err := time.LoadLocation(z.zone)
			if err != nil {
				t.Fatal(err)
			}
			at := func(v [5]int) time.Time { return time.Date(v[0], time.Month(v[1]), v[2], v[3], v[4], 0, 0, loc) }
			w := newPairWorld(t)
			w.program.Set("timezone", z.zone)
			w.program.Set("languages", []string{"fr", "sv"})
			apptest.Build(t, w.app).Save(w.program)
			w.mentee.Set("calendar_token", "strict-event-feed-token-0123456789abcd")
			apptest.Build(t, w.app).Save(w.mentee)
			form := func(start time.Time) workspace.EventForm {
				return workspace.EventForm{Kind: "kickoff", Audience: "all", Location: "Aula", Start: start, End: start.Add(2 * time.Hour),
					Texts: map[string]workspace.EventText{"fr": {Title: "Lancement", Description: "Tous les binômes."}, "sv": {Title: "Uppstart"}}}
			}
			event, err := workspace.CreateEvent(w.app, w.coord.Id, w.program.Id, form(at(z.kickoff)))
			if err != nil {
				t.Fatal(err)
			}
			steps := []struct {
				do   func() error
				want strictWant
			}{
				{func() error { return nil }, strictWant{"event_announced", "REQUEST", "CONFIRMED", 0, at(z.kickoff)}},
				{func() error {
					return workspace.UpdateEvent(w.app, w.coord.Id, w.program.Id, event.Id, form(at(z.reschedule)))
				},
					strictWant{"event_updated", "REQUEST", "CONFIRMED", 1, at(z.reschedule)}},
				{func() error { return workspace.CancelEvent(w.app, w.coord.Id, w.program.Id, event.Id) },
					strictWant{"event_cancelled", "CANCEL", "CANCELLED", 2, at(z.reschedule)}},
			}
			uid := "event-" + event.Id + "@mentor.example.org"
			for _, step := range steps {
				if err := step.do(); err != nil {
					t.Fatalf("%s: %v", step.want.kind, err)
				}
				sent := mails(t, w.app, step.want.kind)
				if len(sent) != 2 {
					t.Fatalf("%s: %d mails, want one per participant", step.want.kind, len(sent))
				}
				// One invitee's invite per step: the others differ only in the attendee, and every
				// parser run costs a process start.
				for _, m := range sent[:1] {
					name := step.want.kind + " to " + m.GetString("to")
					for _, r := range icalcheck.Check(t, []byte(m.GetString("ics"))) {
						if r.Method != step.want.method {
							t.Errorf("%s: %s read METHOD %q, want %q", name, r.Parser, r.Method, step.want.method)
						}
						checkStrictEvent(t, name, r, uid, step.want)
					}
				}
			}
			// The meetings' strict test reads a scheduled event in the feed; here, the cancelled one.
			feed, err := workspace.FeedFor(w.app, w.mentee.GetString("calendar_token"))
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range icalcheck.Check(t, feed) {
				checkStrictEvent(t, "feed after the cancellation", r, uid, steps[len(steps)-1].want)
			}
		})
	}
}

// TestEventFeedFollowsTheAudience: an event for the mentors is in the mentor's feed, not the
// mentee's; the coordinator's feed holds every event of the programme.
func TestEventFeedFollowsTheAudience(t *testing.T) {
	w := newPairWorld(t)
	start := time.Now().AddDate(0, 1, 0).Truncate(time.Hour)
	event, err := workspace.CreateEvent(w.app, w.coord.Id, w.program.Id, workspace.EventForm{Kind: "workshop", Audience: "mentors",
		Start: start, Texts: map[string]workspace.EventText{"en": {Title: "Mentors' workshop"}}})
	if err != nil {
		t.Fatal(err)
	}
	if got := mails(t, w.app, "event_announced"); len(got) != 1 || got[0].GetString("to") != w.mentor.Email() {
		t.Fatalf("announced %d times, want once, to the mentor", len(got))
	}
	for _, s := range []struct {
		name   string
		person *core.Record
		want   bool
	}{{"mentor", w.mentor, true}, {"mentee", w.mentee, false}, {"coordinator", w.coord, true}} {
		s.person.Set("calendar_token", "audience-feed-token-"+s.name+"-0123456789abcdef")
		apptest.Build(t, w.app).Save(s.person)
		feed, err := workspace.FeedFor(w.app, s.person.GetString("calendar_token"))
		if err != nil {
			t.Fatal(err)
		}
		if got := bytes.Contains(feed, []byte("UID:event-"+event.Id+"@")); got != s.want {
			t.Errorf("the %s's feed holds the mentors' workshop: %v, want %v", s.name, got, s.want)
		}
	}
}
