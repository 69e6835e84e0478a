package workspace_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-ical"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

var fullRoadbook = workspace.RoadbookText{
	ProfessionalProject: "Become a data journalist", PathAndMotivation: "Statistics, then a newsroom internship",
	Strategy: "Freelance pieces first", ActionPlan: "Pitch three stories by June",
}

func TestTheRoadbookIsDueLeadDaysBeforeTheFirstConfirmedMeeting(t *testing.T) {
	w := newPairWorld(t)
	if _, ok := roadbookDue(t, w); ok {
		t.Error("a due date without any confirmed meeting")
	}
	later, err := workspace.ProposeMeeting(w.app, w.mentor.Id, w.match.Id, videoProposal(time.Date(2031, 4, 20, 9, 0, 0, 0, paris(t))))
	if err != nil {
		t.Fatal(err)
	}
	// 00:30 in Paris is still the previous day in UTC: the due day follows the programme's zone
	first, err := workspace.ProposeMeeting(w.app, w.mentor.Id, w.match.Id, videoProposal(time.Date(2031, 4, 10, 0, 30, 0, 0, paris(t))))
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := roadbookDue(t, w); ok {
		t.Error("a due date from meetings that are only proposed")
	}
	for _, m := range []string{later.Id, first.Id} {
		if err := workspace.ConfirmMeeting(w.app, w.mentee.Id, m); err != nil {
			t.Fatal(err)
		}
	}
	due, ok := roadbookDue(t, w)
	if !ok || due.Format("2006-01-02") != "2031-04-07" {
		t.Errorf("road-book due %s (%v), want 2031-04-07", due.Format("2006-01-02"), ok)
	}
}

// roadbookDue is the road-book's due day from the pair's meetings as they are stored.
func roadbookDue(t *testing.T, w *pairWorld) (time.Time, bool) {
	t.Helper()
	meetings, err := workspace.Meetings(w.app, w.match.Id)
	if err != nil {
		t.Fatal(err)
	}
	return workspace.RoadbookDue(w.program, meetings)
}

func TestSubmittingTheRoadbookMailsTheMentorOnce(t *testing.T) {
	w := newPairWorld(t)
	if _, err := workspace.SaveRoadbook(w.app, w.mentor.Id, w.match.Id, fullRoadbook, nil); !errors.Is(err, kernel.ErrNotAllowed) {
		t.Errorf("the mentor wrote the road-book: %v", err)
	}
	if _, err := workspace.SaveRoadbook(w.app, w.mentee.Id, w.match.Id, workspace.RoadbookText{ProfessionalProject: "Draft"}, nil); err != nil {
		t.Fatal(err)
	}
	if n := len(mails(t, w.app, "roadbook_submitted")); n != 0 {
		t.Fatalf("a draft mailed the mentor (%d)", n)
	}
	if err := workspace.SubmitRoadbook(w.app, w.mentee.Id, w.match.Id); err == nil {
		t.Fatal("an incomplete road-book was submitted")
	}
	if _, err := workspace.SaveRoadbook(w.app, w.mentee.Id, w.match.Id, fullRoadbook, nil); err != nil {
		t.Fatal(err)
	}
	if err := workspace.SubmitRoadbook(w.app, w.mentee.Id, w.match.Id); err != nil {
		t.Fatal(err)
	}
	sent := mails(t, w.app, "roadbook_submitted")
	if len(sent) != 1 || sent[0].GetString("to") != "mentor@example.org" {
		t.Fatalf("want one mail to the mentor, got %d", len(sent))
	}
	if subject := sent[0].GetString("subject"); subject != "Sven Mentee vous a envoyé son carnet de route" {
		t.Errorf("mentor's (French) subject = %q", subject)
	}
	if err := workspace.SubmitRoadbook(w.app, w.mentee.Id, w.match.Id); !errors.Is(err, kernel.ErrNotAllowed) {
		t.Errorf("submitted twice: %v", err)
	}
	if _, err := workspace.SaveRoadbook(w.app, w.mentee.Id, w.match.Id, fullRoadbook, nil); !errors.Is(err, kernel.ErrNotAllowed) {
		t.Errorf("a submitted road-book was edited: %v", err)
	}
}

func TestTheFeedHoldsTheUsersMeetingsEventsAndDeadlines(t *testing.T) {
	w := newPairWorld(t)
	m, err := workspace.ProposeMeeting(w.app, w.mentor.Id, w.match.Id, videoProposal(time.Date(2031, 4, 10, 18, 0, 0, 0, paris(t))))
	if err != nil {
		t.Fatal(err)
	}
	if err := workspace.ConfirmMeeting(w.app, w.mentee.Id, m.Id); err != nil {
		t.Fatal(err)
	}
	w.Event(w.program.Id, "kickoff", "Kickoff evening", time.Date(2031, 1, 15, 18, 0, 0, 0, time.UTC),
		map[string]any{"ends_at": time.Date(2031, 1, 15, 20, 0, 0, 0, time.UTC)})
	if _, err := workspace.FeedFor(w.app, "no-such-token-0123456789012345678901234"); !errors.Is(err, kernel.ErrNotFound) {
		t.Errorf("unknown token: %v", err)
	}
	if _, err := workspace.FeedFor(w.app, ""); !errors.Is(err, kernel.ErrNotFound) {
		t.Errorf("empty token: %v", err)
	}
	mentee, _ := w.app.FindRecordById("users", w.mentee.Id)
	ics, err := workspace.FeedFor(w.app, mentee.GetString("calendar_token"))
	if err != nil {
		t.Fatal(err)
	}
	cal, err := ical.NewDecoder(strings.NewReader(string(ics))).Decode()
	if err != nil {
		t.Fatalf("feed does not parse: %v", err)
	}
	kinds := map[string]int{}
	for _, e := range cal.Events() {
		kind, _ := e.Props.Text(ical.PropCategories)
		kinds[kind]++
	}
	if kinds["meeting"] != 1 || kinds["programme"] != 1 || kinds["deadline"] < 2 {
		t.Errorf("feed entries by kind = %v, want 1 meeting, 1 programme event, the road-book and evaluation deadlines", kinds)
	}
	if !strings.Contains(string(ics), "Färdplanen ska lämnas") {
		t.Error("the feed is not in the mentee's language or lacks the road-book deadline")
	}
}
