package pb_hooks_test

import (
	"slices"
	"testing"
	"time"

	"github.com/pocketbase/dbx"

	"github.com/mentorbase/mentorbase/workspace"
)

// closingWorld is the reminders world whose programme nudges after 7 days of silence, offers
// closing after 20 and has a coordinator reading Swedish: pairs 1 and 2 last met on day 10 at
// 14:00, so both are offered closing on day 30 at 14:00.
func closingWorld(t *testing.T) reminderWorld {
	t.Helper()
	w := newReminderWorld(t)
	s := newSeeder(t, w.app)
	coord := s.Person("coordc@example.com", "Name of coordc", "sv", map[string]any{"id": id("coordc")})
	program, err := w.app.FindRecordById("programs", id("prog"))
	if err != nil {
		t.Fatal(err)
	}
	s.Update(program, map[string]any{"drift_after_days": 7, "close_after_days": 20, "coordinators": []string{coord.Id}})
	return w
}

// messageAt writes a sign of life of pair on day n at hour h: a message, stamped as if written then.
func (w reminderWorld) messageAt(t *testing.T, pair string, n, h int) {
	t.Helper()
	m, err := workspace.PostMessage(w.app, id("mentee"+pair), id("match"+pair), "Still there?", nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.app.DB().Update("messages", dbx.Params{"created": w.at(n, h).UTC().Format("2006-01-02 15:04:05.000Z")},
		dbx.HashExp{"id": m.Id}).Execute(); err != nil {
		t.Fatal(err)
	}
}

// warnedPairs are the pairs under a closing warning at now, as the pair's page shows it.
func (w reminderWorld) warnedPairs(t *testing.T, now time.Time) []string {
	t.Helper()
	silences, err := workspace.Silences(w.app, []string{id("match1"), id("match2")}, now)
	if err != nil {
		t.Fatal(err)
	}
	var warned []string
	for _, pair := range []string{"1", "2"} {
		if _, ok := silences[id("match"+pair)].Warning(); ok {
			warned = append(warned, pair)
		}
	}
	return warned
}

// A long-silent pair is offered closing once per silence: both members and the coordinator
// are told in their language; a message, a meeting that takes place or a coordinator keeping
// the pair open ends the warning; nothing closes the pair.
func TestLongSilentPairsAreOfferedClosingOnce(t *testing.T) {
	offered := []string{
		"coordc sv match1: Avsluta paret Name of mentor1 – Name of mentee1?",
		"coordc sv match2: Avsluta paret Name of mentor2 – Name of mentee2?",
		"mentee1 fr match1: Votre binôme avec Name of mentor1 pourrait être clos",
		"mentee2 fr match2: Votre binôme avec Name of mentor2 pourrait être clos",
		"mentor1 sv match1: Ditt par med Name of mentee1 kan komma att avslutas",
		"mentor2 en match2: Your pair with Name of mentee2 may be closed",
	}
	cases := []struct {
		name   string
		after  func(t *testing.T, w reminderWorld) // what happens once both pairs are warned on day 30
		check  [2]int                              // day and hour of the later look
		warned []string                            // the pairs still under warning then
		again  int                                 // mails of a new closing offer by then
	}{
		{"the warning runs its week and waits for a coordinator", nil, [2]int{45, 9}, []string{"1", "2"}, 0},
		{"a message during the warning ends it", func(t *testing.T, w reminderWorld) { w.messageAt(t, "1", 32, 10) },
			[2]int{33, 9}, []string{"2"}, 0},
		{"a meeting that took place ends it", func(t *testing.T, w reminderWorld) {
			newSeeder(t, w.app).Meeting(id("match2"), id("mentee2"), w.at(32, 10), "confirmed")
		}, [2]int{33, 9}, []string{"1"}, 0},
		{"a coordinator keeps pair 1 open: ended, not offered again in this silence", func(t *testing.T, w reminderWorld) {
			if err := workspace.KeepOpen(w.app, id("coordc"), id("match1"), w.at(31, 9)); err != nil {
				t.Fatal(err)
			}
		}, [2]int{55, 9}, []string{"2"}, 0},
		{"a new silence as long after a message is offered closing again", func(t *testing.T, w reminderWorld) {
			w.messageAt(t, "1", 32, 10)
		}, [2]int{52, 11}, []string{"1", "2"}, 3},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			w := closingWorld(t)
			if n, err := workspace.RemindDriftingPairs(w.app, w.at(30, 13)); err != nil || len(w.warnedPairs(t, w.at(30, 13))) != 0 {
				t.Fatalf("an hour short of 20 days: %d mails (error %v), pairs warned %v", n, err, w.warnedPairs(t, w.at(30, 13)))
			}
			if _, err := workspace.RemindDriftingPairs(w.app, w.at(30, 14)); err != nil {
				t.Fatal(err)
			}
			if got := reminders(t, w.app, "closing_offer"); !slices.Equal(got, offered) {
				t.Errorf("20 days of silence:\n got %q\nwant %q", got, offered)
			}
			if c.after != nil {
				c.after(t, w)
			}
			if _, err := workspace.RemindDriftingPairs(w.app, w.at(c.check[0], c.check[1])); err != nil {
				t.Fatal(err)
			}
			if got := w.warnedPairs(t, w.at(c.check[0], c.check[1])); !slices.Equal(got, c.warned) {
				t.Errorf("pairs under warning on day %d: %v, want %v", c.check[0], got, c.warned)
			}
			if got := len(reminders(t, w.app, "closing_offer")) - len(offered); got != c.again {
				t.Errorf("%d more closing offers by day %d, want %d", got, c.check[0], c.again)
			}
			if n, _ := w.app.CountRecords("matches", dbx.HashExp{"status": "closed"}); n != 1 {
				t.Errorf("%d closed pairs, want only pair 3: nothing closes a pair by itself", n)
			}
		})
	}
}
