package workspace_test

import (
	"strings"
	"testing"
	"time"

	"github.com/mentorbase/mentorbase/workspace"
)

// feedOf returns the calendar feed of person as text.
func feedOf(t *testing.T, w *pairWorld, personID string) string {
	t.Helper()
	person, err := w.app.FindRecordById("users", personID)
	if err != nil {
		t.Fatal(err)
	}
	ics, err := workspace.FeedFor(w.app, person.GetString("calendar_token"))
	if err != nil {
		t.Fatal(err)
	}
	return string(ics)
}

func TestTheFeedCarriesEachEvaluationThePersonOwes(t *testing.T) {
	w := newPairWorld(t)
	held := w.Meeting(w.match.Id, w.mentee.Id, time.Now().Add(-3*time.Hour), "confirmed")
	if err := workspace.MarkHeld(w.app, w.mentor.Id, held.Id, 60, ""); err != nil {
		t.Fatal(err)
	}
	mentorFeed, menteeFeed := feedOf(t, w, w.mentor.Id), feedOf(t, w, w.mentee.Id)
	if !strings.Contains(mentorFeed, "Évaluation du premier entretien à rendre") {
		t.Error("after the first meeting, the mentor's feed lacks the first-interview evaluation (in French)")
	}
	if strings.Contains(menteeFeed, "Utvärdering av första samtalet") {
		t.Error("the mentee does not fill the first-interview evaluation, yet it is in their feed")
	}
	if !strings.Contains(menteeFeed, "Slututvärdering ska lämnas") {
		t.Error("the mentee's feed lacks the final evaluation (in Swedish)")
	}
	if !strings.Contains(menteeFeed, "Färdplanen ska lämnas") || !strings.Contains(mentorFeed, "Carnet de route attendu de") {
		t.Error("the road-book's day should read as due for the mentee and as expected for the mentor")
	}

	if err := workspace.CloseMatch(w.app, w.mentor.Id, w.match.Id, "We reached our goals"); err != nil {
		t.Fatal(err)
	}
	closedDay := time.Now().In(paris(t)).Format("20060102")
	menteeFeed = feedOf(t, w, w.mentee.Id)
	if !strings.Contains(menteeFeed, "DTSTART;VALUE=DATE:"+closedDay) || !strings.Contains(menteeFeed, "Slututvärdering ska lämnas") {
		t.Errorf("once the pair closed, the final evaluation is due the day it closed (%s):\n%s", closedDay, menteeFeed)
	}
	if strings.Contains(menteeFeed, "Färdplanen ska lämnas") {
		t.Error("a closed pair's road-book is no longer due")
	}
}
