package ui

import (
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/core"
)

// The phase badge a visitor sees follows the programme's dates, and a published programme
// whose applications have not opened yet reads as coming soon, not as a draft.
func TestProgramPhaseFollowsTheDates(t *testing.T) {
	t.Parallel()
	now := time.Date(2031, 3, 1, 12, 0, 0, 0, time.UTC)
	day := 24 * time.Hour
	program := func(published bool, open, close, start, end time.Duration) *core.Record {
		p := core.NewRecord(core.NewBaseCollection("programs"))
		p.Set("published", published)
		p.Set("applications_open_at", now.Add(open))
		p.Set("applications_close_at", now.Add(close))
		p.Set("starts_at", now.Add(start))
		p.Set("ends_at", now.Add(end))
		return p
	}
	cases := []struct {
		name    string
		program *core.Record
		want    string
	}{
		{"unpublished", program(false, -day, day, 2*day, 3*day), "draft"},
		{"published, applications not open yet", program(true, day, 2*day, 3*day, 4*day), "upcoming"},
		{"applications open", program(true, -day, day, 2*day, 3*day), "applications"},
		{"applications closed, not started", program(true, -2*day, -day, day, 2*day), "matching"},
		{"running", program(true, -3*day, -2*day, -day, day), "running"},
		{"ended", program(true, -4*day, -3*day, -2*day, -day), "closed"},
	}
	for _, c := range cases {
		if got := programPhase(c.program, now); got != c.want {
			t.Errorf("%s: phase %q, want %q", c.name, got, c.want)
		}
	}
}
