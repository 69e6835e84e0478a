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
	b.mentor = save(tb, app, "users", map[string]any{"email": "mentor@example.org", "name": "Marie Mentor", "locale": "fr", "password": "secret-pass-123"})
	var programs, mentorApps []*core.Record
	for i := range 2 {
		program := save(tb, app, "programs", map[string]any{
			"slug": fmt.Sprintf("programme-%d", i), "name": fmt.Sprintf("Programme %d", i), "languages": []string{"en"},
			"timezone": "Europe/Paris", "matching_mode": "coordinated", "published": true,
			"applications_open_at": now.AddDate(0, -2, 0), "applications_close_at": now.AddDate(0, -1, 0),
			"starts_at": now.AddDate(0, -1, 0), "midpoint_at": now.AddDate(0, 0, -1), "ends_at": now.AddDate(0, 3, 0),
			"roadbook_lead_days": 3, "recommended_meetings": 4, "default_capacity": pairs,
		})
		for k, kind := range []string{"kickoff", "workshop"} {
			save(tb, app, "events", map[string]any{"program": program.Id, "kind": kind, "title": kind,
				"starts_at": now.AddDate(0, k, 1), "ends_at": now.AddDate(0, k, 1).Add(2 * time.Hour)})
		}
		programs = append(programs, program)
		mentorApps = append(mentorApps, save(tb, app, "applications", map[string]any{
			"program": program.Id, "user": b.mentor.Id, "role": "mentor", "status": "approved", "capacity": pairs}))
	}
	for i := range pairs {
		program, mentorApp := programs[i%2], mentorApps[i%2]
		mentee := save(tb, app, "users", map[string]any{"email": fmt.Sprintf("mentee%d@example.org", i),
			"name": fmt.Sprintf("Mentee %d", i), "locale": "sv", "password": "secret-pass-123"})
		menteeApp := save(tb, app, "applications", map[string]any{"program": program.Id, "user": mentee.Id, "role": "mentee", "status": "approved"})
		match := save(tb, app, "matches", map[string]any{"program": program.Id, "mentor": mentorApp.Id, "mentee": menteeApp.Id,
			"status": "active", "origin": "coordinator", "started_at": now.AddDate(0, 0, -20)})
		closed := i == pairs-1
		for m := range meetings {
			start := now.AddDate(0, 0, 7*(m-meetings/2))
			status := []string{"held", "confirmed", "cancelled", "proposed"}[m%4]
			if start.Before(now) && status != "cancelled" {
				status = "held"
			}
			meeting := save(tb, app, "meetings", map[string]any{"match": match.Id, "starts_at": start, "ends_at": start.Add(time.Hour),
				"mode": "video", "video_url": "https://meet.example.org/x", "status": "confirmed", "proposed_by": mentee.Id})
			if status != "confirmed" {
				update(tb, app, meeting, map[string]any{"status": status, "minutes_spent": 60})
			}
		}
		save(tb, app, "roadbooks", map[string]any{"match": match.Id, "professional_project": "A project"})
		save(tb, app, "evaluations", map[string]any{"match": match.Id, "program": program.Id, "author": b.mentor.Id,
			"kind": workspace.EvaluationFirstInterview, "answers": map[string]any{"feedback": "ok"}, "submitted_at": now})
		save(tb, app, "evaluations", map[string]any{"match": match.Id, "program": program.Id, "author": mentee.Id,
			"kind": workspace.EvaluationMidpoint, "answers": map[string]any{"met": true}, "submitted_at": now})
		if closed {
			match = update(tb, app, match, map[string]any{"status": "closed", "ended_at": now.Add(-time.Hour)})
		}
		b.matches = append(b.matches, match)
	}
	return b
}

// update saves data into a fresh copy of r, as a later request would, and returns it.
func update(tb testing.TB, app core.App, r *core.Record, data map[string]any) *core.Record {
	tb.Helper()
	fresh, err := app.FindRecordById(r.Collection(), r.Id)
	if err != nil {
		tb.Fatal(err)
	}
	fresh.Load(data)
	if err := app.Save(fresh); err != nil {
		tb.Fatalf("update %s: %v", r.Collection().Name, err)
	}
	return fresh
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
