package workspace_test

import (
	"strings"
	"testing"
	"time"

	"github.com/pocketbase/dbx"

	"github.com/mentorbase/mentorbase/workspace"
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

// Under a closing warning, the day it runs out is in each member's calendar, in their
// language, and in the calendar of the programme's coordinator, who decides then; a message
// ends the warning and takes the entries away.
func TestTheFeedCarriesTheDayAClosingWarningRunsOut(t *testing.T) {
	w := newPairWorld(t)
	warned := time.Now().UTC()
	if _, err := w.app.DB().Update("matches", dbx.Params{"closing_warned_at": warned.Format("2006-01-02 15:04:05.000Z"),
		"drift_nudged_at": warned.Format("2006-01-02 15:04:05.000Z")}, dbx.HashExp{"id": w.match.Id}).Execute(); err != nil {
		t.Fatal(err)
	}
	entry := "DTSTART;VALUE=DATE:" + warned.Add(7*24*time.Hour).In(paris(t)).Format("20060102")
	for _, c := range []struct{ who, what, title string }{
		{w.mentor.Id, "the mentor's (French)", "Dernier jour pour rencontrer Sven Mentee ou lui écrire"},
		{w.mentee.Id, "the mentee's (Swedish)", "Sista dagen att träffa eller skriva till Marie Mentor"},
		{w.coord.Id, "the coordinator's", "Decide on the pair Marie Mentor – Sven Mentee"},
	} {
		feed := feedOf(t, w, c.who)
		found := false
		for _, event := range strings.Split(feed, "BEGIN:VEVENT") {
			found = found || strings.Contains(event, c.title) && strings.Contains(event, entry)
		}
		if !found {
			t.Errorf("%s feed lacks the day the warning runs out (%s, %q):\n%s", c.what, entry, c.title, feed)
		}
	}
	if _, err := workspace.PostMessage(w.app, w.mentee.Id, w.match.Id, "Still here!", nil); err != nil {
		t.Fatal(err)
	}
	if feed := feedOf(t, w, w.coord.Id); strings.Contains(feed, "Decide on the pair") {
		t.Errorf("the decision day stays after a message ended the warning:\n%s", feed)
	}
}
