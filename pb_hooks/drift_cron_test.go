package pb_hooks_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/pocketbase/dbx"

	"github.com/mentorbase/mentorbase/workspace"
)

// In the reminders world pairs 1 and 2 last met on day 10 at 14:00 and the programme (default
// drift_after_days: 30) ends on day 60: both are nudged once their silence has lasted 30 days,
// in each member's language, and not after the programme's end; pair 3 is closed.
func TestSilentPairsAreNudgedOnceAfterTheirProgrammesDays(t *testing.T) {
	nudged := []string{
		"mentee1 fr match1: Où en êtes-vous avec Name of mentor1 ?",
		"mentee2 fr match2: Où en êtes-vous avec Name of mentor2 ?",
		"mentor1 sv match1: Hur går det med Name of mentee1?",
		"mentor2 en match2: How are things going with Name of mentee2?",
	}
	cases := []struct {
		name      string
		day, hour int
		want      []string
	}{
		{"a day after the meeting", 11, 14, nil},
		{"an hour short of 30 days", 40, 13, nil},
		{"30 days to the hour", 40, 14, nudged},
		{"45 days", 55, 9, nudged},
		{"the programme has ended", 61, 9, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			w := newReminderWorld(t)
			now := w.at(c.day, c.hour)
			if _, err := workspace.SendReminders(w.app, now); err != nil {
				t.Fatal(err)
			}
			if got := reminders(t, w.app, workspace.DriftNudgeKind); !slices.Equal(got, c.want) {
				t.Errorf("at day %d %02d:00:\n got %q\nwant %q", c.day, c.hour, got, c.want)
			}
			mails, _ := w.app.FindRecordsByFilter("outbox", "kind = {:kind}", "", 0, 0, dbx.Params{"kind": workspace.DriftNudgeKind})
			for _, m := range mails {
				if link := "/matches/" + m.GetString("related_id") + "#checkin"; !strings.Contains(m.GetString("text"), link) {
					t.Errorf("nudge to %s lacks the check-in link %s:\n%s", m.GetString("to"), link, m.GetString("text"))
				}
			}
			later := []time.Duration{15 * time.Minute}
			if c.want != nil {
				later = append(later, 5*24*time.Hour)
			}
			for _, later := range later {
				if n, err := workspace.RemindDriftingPairs(w.app, now.Add(later)); err != nil || n != 0 {
					t.Errorf("%v later, the same silence: queued %d (error %v), want none", later, n, err)
				}
			}
		})
	}
}

// A pair is nudged once per silence: a meeting ends the silence, and a new one as long as the
// programme's drift_after_days (here 7) nudges the pair again.
func TestSilentPairIsNudgedAgainAfterANewSilence(t *testing.T) {
	w := newReminderWorld(t)
	program, err := w.app.FindRecordById("programs", id("prog"))
	if err != nil {
		t.Fatal(err)
	}
	program.Set("drift_after_days", 7)
	s := newSeeder(t, w.app)
	s.Save(program)
	run := func(step string, day, hour, want int) {
		t.Helper()
		if n, err := workspace.RemindDriftingPairs(w.app, w.at(day, hour)); err != nil || n != want {
			t.Errorf("%s (day %d %02d:00): queued %d (error %v), want %d", step, day, hour, n, err, want)
		}
	}
	run("six days after the meeting", 16, 14, 0)
	run("seven days after the meeting", 17, 15, 4)
	run("the same silence", 20, 9, 0)
	s.Meeting(id("match1"), id("mentee1"), w.at(21, 10), "confirmed")
	run("four days after pair 1's new meeting", 25, 9, 0)
	run("seven days after pair 1's new meeting", 28, 11, 2)
	if got := reminders(t, w.app, workspace.DriftNudgeKind); len(got) != 6 {
		t.Errorf("nudges: %q, want 6 (pairs 1 and 2, then pair 1 again)", got)
	}
}
