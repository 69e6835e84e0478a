package workspace_test

import (
	"testing"

	"github.com/mentorbase/mentorbase/apptest"
	"github.com/mentorbase/mentorbase/workspace"
)

// BenchmarkCalendarFeed builds the calendar of a mentor with three pairs of six meetings each,
// their evaluations and road-books, and two programmes' events: what a calendar application
// fetches every few minutes. It reports the SQL queries of one feed as queries/op.
func BenchmarkCalendarFeed(b *testing.B) {
	busy := newBusyMentor(b, 3, 6)
	token := busy.token(b)
	queries := len(apptest.Queries(busy.app, func() {
		if _, err := workspace.FeedFor(busy.app, token); err != nil {
			b.Fatal(err)
		}
	}))
	for b.Loop() {
		if _, err := workspace.FeedFor(busy.app, token); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(queries), "queries/op")
}
