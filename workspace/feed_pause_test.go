package workspace_test

import (
	"strings"
	"testing"
	"time"

	"github.com/pocketbase/dbx"
)

// A mentor's pause ends on a day of their calendar, in their language; once it has passed,
// or for anyone else, there is none.
func TestTheFeedCarriesTheDayAPauseEnds(t *testing.T) {
	w := newPairWorld(t)
	mentorApp, err := w.app.FindFirstRecordByFilter("applications", "user = {:u} && role = 'mentor'", dbx.Params{"u": w.mentor.Id})
	if err != nil {
		t.Fatal(err)
	}
	ends := time.Now().In(paris(t)).AddDate(0, 0, 12)
	day := time.Date(ends.Year(), ends.Month(), ends.Day(), 0, 0, 0, 0, paris(t))
	w.Update(mentorApp, map[string]any{"paused_until": day})
	entry := "DTSTART;VALUE=DATE:" + day.Format("20060102")
	if feed := feedOf(t, w, w.mentor.Id); !strings.Contains(feed, "Vous accueillez de nouveau des mentorés") || !strings.Contains(feed, entry) {
		t.Errorf("the mentor's feed lacks the day her pause ends (%s, in French):\n%s", entry, feed)
	}
	if feed := feedOf(t, w, w.mentee.Id); strings.Contains(feed, "pause-end") {
		t.Errorf("the mentee's feed has someone else's pause:\n%s", feed)
	}
	past := day.AddDate(0, 0, -20).UTC().Format("2006-01-02 15:04:05.000Z")
	if _, err := w.app.DB().Update("applications", dbx.Params{"paused_until": past}, dbx.HashExp{"id": mentorApp.Id}).Execute(); err != nil {
		t.Fatal(err)
	}
	if feed := feedOf(t, w, w.mentor.Id); strings.Contains(feed, "pause-end") {
		t.Errorf("a pause that has ended stays in the feed:\n%s", feed)
	}
}
