package workspace_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/apptest"
	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

// busyMentor is a mentor in two programmes with several pairs, each with meetings (held,
// confirmed, proposed, cancelled), submitted evaluations and a road-book, and programme events:
// the records the feed and the match page read.
type busyMentor struct {
	app     core.App
	mentor  *core.Record
	matches []*core.Record
}

// newBusyMentor builds pairs matches (the last one closed), each with meetings meetings.
func newBusyMentor(tb testing.TB, pairs, meetings int) *busyMentor {
	tb.Helper()
	app := apptest.New(tb)
	app.Settings().Meta.AppURL = "https://mentor.example.org"
	now := time.Now().UTC()
	b := &busyMentor{app: app}
	build := apptest.Build(tb, app)
	b.mentor = build.Person("mentor@example.org", "Marie Mentor", "fr")
	var programs, mentorApps []*core.Record
	for i := range 2 {
		program := build.Programme(fmt.Sprintf("programme-%d", i), fmt.Sprintf("Programme %d", i), map[string]any{
			"published":            true,
			"applications_open_at": now.AddDate(0, -2, 0), "applications_close_at": now.AddDate(0, -1, 0),
			"starts_at": now.AddDate(0, -1, 0), "midpoint_at": now.AddDate(0, 0, -1), "ends_at": now.AddDate(0, 3, 0),
			"roadbook_lead_days": 3, "recommended_meetings": 4, "default_capacity": pairs,
		})
		for k, kind := range []string{"kickoff", "workshop"} {
			build.Event(program.Id, kind, kind, now.AddDate(0, k, 1), map[string]any{"ends_at": now.AddDate(0, k, 1).Add(2 * time.Hour)})
		}
		programs = append(programs, program)
		mentorApps = append(mentorApps, build.Application(program.Id, b.mentor.Id, "mentor", "approved", map[string]any{"capacity": pairs}))
	}
	for i := range pairs {
		program, mentorApp := programs[i%2], mentorApps[i%2]
		mentee := build.Person(fmt.Sprintf("mentee%d@example.org", i), fmt.Sprintf("Mentee %d", i), "sv")
		menteeApp := build.Application(program.Id, mentee.Id, "mentee", "approved")
		match := build.Pair(program.Id, mentorApp.Id, menteeApp.Id, "active", map[string]any{"started_at": now.AddDate(0, 0, -20)})
		closed := i == pairs-1
		for m := range meetings {
			start := now.AddDate(0, 0, 7*(m-meetings/2))
			status := []string{"held", "confirmed", "cancelled", "proposed"}[m%4]
			if start.Before(now) && status != "cancelled" {
				status = "held"
			}
			if status == "held" && start.After(now) {
				status = "confirmed" // a meeting is held once it has started, never before
			}
			meeting := build.Meeting(match.Id, mentee.Id, start, "confirmed", map[string]any{"video_url": "https://meet.example.org/x"})
			if status != "confirmed" {
				build.Update(meeting, map[string]any{"status": status, "minutes_spent": 60})
			}
		}
		build.Record("roadbooks", map[string]any{"match": match.Id, "professional_project": "A project"})
		build.Record("evaluations", map[string]any{"match": match.Id, "program": program.Id, "author": b.mentor.Id,
			"kind": workspace.EvaluationFirstInterview, "answers": map[string]any{"feedback": "ok"}, "submitted_at": now})
		build.Record("evaluations", map[string]any{"match": match.Id, "program": program.Id, "author": mentee.Id,
			"kind": workspace.EvaluationMidpoint, "answers": map[string]any{"met": true}, "submitted_at": now})
		if closed {
			match = build.Update(match, map[string]any{"status": "closed", "ended_at": now.Add(-time.Hour)})
		}
		b.matches = append(b.matches, match)
	}
	return b
}

// token is the mentor's calendar token.
func (b *busyMentor) token(tb testing.TB) string {
	tb.Helper()
	mentor, err := b.app.FindRecordById("users", b.mentor.Id)
	if err != nil {
		tb.Fatal(err)
	}
	return mentor.GetString("calendar_token")
}

// The feed reads a fixed number of queries however many pairs, meetings and evaluations the
// person has: one query per record (N+1) would pass the ceiling at once with six pairs of
// eight meetings.
func TestTheFeedQueriesDoNotGrowWithThePersonsRecords(t *testing.T) {
	b := newBusyMentor(t, 6, 8)
	token := b.token(t)
	var err error
	queries := apptest.Queries(b.app, func() { _, err = workspace.FeedFor(b.app, token) })
	if err != nil {
		t.Fatal(err)
	}
	const ceiling = 16
	t.Logf("the feed of a mentor with 6 pairs of 8 meetings: %d queries", len(queries))
	if len(queries) > ceiling {
		t.Errorf("the feed of a mentor with 6 pairs sent %d queries, more than %d:\n%v", len(queries), ceiling, queries)
	}
}

// The match page's timeline reads the pair's meetings, road-book and evaluations once each,
// whatever their number.
func TestTheTimelineQueriesDoNotGrowWithThePairsRecords(t *testing.T) {
	b := newBusyMentor(t, 2, 8)
	pair, err := kernel.FindPair(b.app, b.matches[0].Id)
	if err != nil {
		t.Fatal(err)
	}
	var progress workspace.Progress
	queries := apptest.Queries(b.app, func() {
		var meetings []*core.Record
		if meetings, err = workspace.Meetings(b.app, pair.Match.Id); err == nil {
			progress, err = workspace.Timeline(b.app, pair, meetings)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	// The page shows the evaluations and the road-book from what the timeline read.
	dues, err := workspace.DuesFor(b.app, pair, time.Now())
	if err != nil || len(progress.Dues) != len(dues) || progress.Roadbook == nil {
		t.Errorf("the timeline carries %d dues (DuesFor: %d, %v) and road-book %v", len(progress.Dues), len(dues), err, progress.Roadbook)
	}
	const ceiling = 4
	t.Logf("the timeline of a pair with 8 meetings: %d queries", len(queries))
	if len(queries) > ceiling {
		t.Errorf("the timeline of a pair with 8 meetings sent %d queries, more than %d:\n%v", len(queries), ceiling, queries)
	}
}
