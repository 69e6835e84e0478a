package workspace_test

import (
	"testing"
	"time"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

// A pair that ends after being active — closed, or cancelled by a withdrawal — has its
// meetings still to come cancelled, whoever saved the change (the matches hook calls
// CancelMeetingsOfEnded), and both members get the CANCEL for their calendars; a change that
// ends no active pair cancels nothing.
func TestEndingAPairCancelsItsComingMeetings(t *testing.T) {
	for _, c := range []struct {
		name, from, to string
		cancels        bool
	}{
		{"closed", kernel.MatchActive, kernel.MatchClosed, true},
		{"cancelled by a withdrawal", kernel.MatchActive, kernel.MatchCancelled, true},
		{"an invitation cancelled", kernel.MatchInvited, kernel.MatchCancelled, false},
		{"an invitation declined", kernel.MatchInvited, kernel.MatchDeclined, false},
		{"still active", kernel.MatchActive, kernel.MatchActive, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			w := newPairWorld(t)
			meeting := w.Meeting(w.match.Id, w.mentee.Id, time.Now().AddDate(0, 0, 7), kernel.MeetingConfirmed)
			if c.from == kernel.MatchActive && c.to != kernel.MatchActive {
				w.Update(w.match, map[string]any{"status": c.to}) // through the hook
			} else {
				w.match.Set("status", c.to)
				if err := workspace.CancelMeetingsOfEnded(w.app, w.match, c.from, time.Now()); err != nil {
					t.Fatal(err)
				}
			}
			stored, err := w.app.FindRecordById(kernel.CollectionMeetings, meeting.Id)
			if err != nil {
				t.Fatal(err)
			}
			if cancelled := stored.GetString("status") == kernel.MeetingCancelled; cancelled != c.cancels {
				t.Errorf("meeting %s, want cancelled %v", stored.GetString("status"), c.cancels)
			}
			if n, want := len(mails(t, w.app, "meeting_cancelled")), map[bool]int{true: 2}[c.cancels]; n != want {
				t.Errorf("%d cancellation mails, want %d", n, want)
			}
		})
	}
}
