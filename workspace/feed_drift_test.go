package workspace_test

import (
	"strings"
	"testing"
	"time"

	"github.com/pocketbase/dbx"
)

// Each member's calendar shows, in their language, the day the pair will be nudged if the two
// neither meet nor write until then (the programme's default 30 days after their last sign of
// life); a meeting booked before it, or the nudge itself, takes it away.
func TestTheFeedCarriesTheDayASilentPairIsNudged(t *testing.T) {
	w := newPairWorld(t)
	started := time.Now().Add(-10 * 24 * time.Hour).UTC()
	stamp := func(field string, at time.Time) {
		t.Helper()
		if _, err := w.app.DB().Update("matches", dbx.Params{field: at.UTC().Format("2006-01-02 15:04:05.000Z")},
			dbx.HashExp{"id": w.match.Id}).Execute(); err != nil {
			t.Fatal(err)
		}
	}
	stamp("started_at", started)
	nudge := started.Add(30 * 24 * time.Hour).In(paris(t))
	entry := "DTSTART;VALUE=DATE:" + nudge.Format("20060102")
	if feed := feedOf(t, w, w.mentor.Id); !strings.Contains(feed, "Rencontrez Sven Mentee ou écrivez-lui") || !strings.Contains(feed, entry) {
		t.Errorf("the mentor's feed lacks the nudge day (%s, in French):\n%s", entry, feed)
	}
	if feed := feedOf(t, w, w.mentee.Id); !strings.Contains(feed, "Träffa eller skriv till Marie Mentor") {
		t.Errorf("the mentee's feed lacks the nudge day, in Swedish:\n%s", feed)
	}
	stamp("drift_nudged_at", nudge.Add(time.Hour))
	if feed := feedOf(t, w, w.mentor.Id); strings.Contains(feed, "Rencontrez") {
		t.Errorf("the nudge day stays once the pair was nudged:\n%s", feed)
	}
	stamp("drift_nudged_at", started.Add(-time.Hour))
	w.Meeting(w.match.Id, w.mentee.Id, time.Now().AddDate(0, 0, 5), "confirmed")
	if feed := feedOf(t, w, w.mentor.Id); strings.Contains(feed, "Rencontrez") {
		t.Errorf("the nudge day stays with a meeting booked before it:\n%s", feed)
	}
}
