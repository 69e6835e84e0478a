package ui_test

import (
	"fmt"
	"net/http"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/apptest"
)

// busyPairs is a mentor with four active pairs and a closed one in a programme, each pair
// with meetings, messages, goals and notes, both members of the first pair offering times:
// the records the participant pages read, five times over.
type busyPairs struct {
	app                   core.App
	mentor, mentee, coord *core.Record
	matches               []string
}

func newBusyPairs(t *testing.T) *busyPairs {
	t.Helper()
	app := newApp(t)
	b := apptest.Build(t, app)
	w := &busyPairs{app: app}
	w.mentor = b.Person("mentor@example.org", "Marie Mentor", "en")
	w.coord = b.Person("coord@example.org", "Camille Coord", "en")
	program := createProgram(t, app, "alumni", "Alumni mentoring", true, w.coord.Id)
	b.Event(program.Id, "kickoff", "Kick-off", time.Now().AddDate(0, 0, 10))
	mentorApp := b.Application(program.Id, w.mentor.Id, "mentor", "approved", map[string]any{"capacity": 5})
	start := time.Now().AddDate(0, 0, 7).Truncate(time.Hour)
	for i := range 5 {
		mentee := b.Person(fmt.Sprintf("mentee%d@example.org", i), fmt.Sprintf("Mentee %d", i), "en")
		menteeApp := b.Application(program.Id, mentee.Id, "mentee", "approved")
		match := b.Pair(program.Id, mentorApp.Id, menteeApp.Id, "active")
		for k := range 4 {
			b.Meeting(match.Id, mentee.Id, start.AddDate(0, 0, 7*k+i), "proposed", map[string]any{"mode": "video"})
			b.Record("messages", map[string]any{"match": match.Id, "author": mentee.Id, "body": "Hello"})
			b.Record("goals", map[string]any{"match": match.Id, "title": fmt.Sprintf("Goal %d", k), "created_by": mentee.Id})
			b.Record("notes", map[string]any{"match": match.Id, "author": w.mentor.Id, "body": "A private note"})
		}
		if i == 4 {
			b.Update(match, map[string]any{"status": "closed", "ended_at": time.Now()})
		}
		if i == 0 {
			w.mentee = mentee
			for _, person := range []string{w.mentor.Id, mentee.Id} {
				b.Record("availabilities", map[string]any{"user": person, "timezone": "Europe/Paris", "slot_minutes": 60,
					"weekly": `[{"day":"tue","from":"17:00","to":"19:00"}]`})
			}
		}
		w.matches = append(w.matches, match.Id)
	}
	return w
}

// Each participant page reads a fixed number of queries, however many pairs, meetings,
// messages, goals and notes there are: one query per record (N+1) would pass its ceiling at
// once here. The ceilings are the counts of today (README "Performance"), the navigation's
// own query included: a new query on these pages, which every participant opens, should be a
// decision.
func TestTheParticipantPagesQueriesDoNotGrowWithThePairsRecords(t *testing.T) {
	t.Parallel()
	w := newBusyPairs(t)
	handler := newHandler(t, w.app)
	match := "/matches/" + w.matches[0]
	for _, c := range []struct {
		name    string
		person  *core.Record
		url     string
		ceiling int
	}{
		{"the match page, mentor", w.mentor, match, 16},
		{"the match page, mentee", w.mentee, match, 16},
		{"the closed match page", w.mentor, "/matches/" + w.matches[4], 14},
		{"the match page, coordinator", w.coord, match, 12},
		{"my mentoring, mentor of five pairs", w.mentor, "/me", 10},
		{"my mentoring, mentee", w.mentee, "/me", 10},
		{"the pair's messages", w.mentee, match + "/messages", 6},
		{"the pair's goals", w.mentee, match + "/goals", 6},
		{"the pair's notes", w.mentor, match + "/notes", 6},
		{"the pair's evaluations", w.mentee, match + "/evaluations", 7},
		{"the booking page", w.mentee, match + "/slots", 8},
		{"help", w.mentor, "/help", 8},
	} {
		headers := map[string]string{"Cookie": cookies(t, c.person)}
		var status int
		n := len(apptest.Queries(w.app, func() { status = do(handler, http.MethodGet, c.url, nil, headers).Code }))
		if status != http.StatusOK {
			t.Fatalf("%s: GET %s answered %d", c.name, c.url, status)
		}
		t.Logf("%s: %d queries", c.name, n)
		if n > c.ceiling {
			t.Errorf("%s sent %d queries, more than %d", c.name, n, c.ceiling)
		}
	}
}
