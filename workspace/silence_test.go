package workspace_test

import (
	"testing"
	"time"

	"github.com/mentorbase/mentorbase/workspace"
)

// The silence rules, on a pair whose last sign of life (meeting, message or check-in) was on
// day 0, in a programme nudging after 30 days and offering closing after 90 (its defaults):
// once per silence each, the closing warning runs 7 days and ends with a new sign of life or
// a coordinator keeping the pair open, and stays in force past its week until one decides.
func TestTheSilenceRules(t *testing.T) {
	day0 := time.Date(2031, 1, 10, 14, 0, 0, 0, time.UTC)
	day := func(n int) time.Time { return day0.AddDate(0, 0, n) }
	cases := []struct {
		name                  string
		s                     workspace.Silence
		now                   time.Time
		quiet, nudge, warning bool
		inForce               bool
		until                 time.Time
	}{
		{name: "29 days", s: workspace.Silence{Last: day0}, now: day(29)},
		{name: "30 days: quiet, nudged", s: workspace.Silence{Last: day0}, now: day(30), quiet: true, nudge: true},
		{name: "30 days, already nudged in this silence", s: workspace.Silence{Last: day0, Nudged: day(30)}, now: day(40), quiet: true},
		{name: "nudged in an earlier silence", s: workspace.Silence{Last: day0, Nudged: day(-5)}, now: day(30), quiet: true, nudge: true},
		{name: "a programme nudging after 7 days", s: workspace.Silence{Last: day0, DriftDays: 7}, now: day(7), quiet: true, nudge: true},
		{name: "89 days, nudged", s: workspace.Silence{Last: day0, Nudged: day(30)}, now: day(89), quiet: true},
		{name: "90 days: offered closing", s: workspace.Silence{Last: day0, Nudged: day(30)}, now: day(90), quiet: true, warning: true},
		{name: "90 days never nudged: the warning, the nudge too", s: workspace.Silence{Last: day0}, now: day(90),
			quiet: true, nudge: true, warning: true},
		{name: "a programme closing after 45 days", s: workspace.Silence{Last: day0, CloseDays: 45, Nudged: day(30)}, now: day(45),
			quiet: true, warning: true},
		{name: "warned: in force for 7 days, not warned again", s: workspace.Silence{Last: day0, Nudged: day(90), Warned: day(90)},
			now: day(93), quiet: true, inForce: true, until: day(97)},
		{name: "past its week the warning waits for a coordinator", s: workspace.Silence{Last: day0, Nudged: day(90), Warned: day(90)},
			now: day(120), quiet: true, inForce: true, until: day(97)},
		{name: "a message during the warning ends it", s: workspace.Silence{Last: day(92), Nudged: day(90), Warned: day(90)},
			now: day(93)},
		{name: "a coordinator kept it open: ended, and not warned again in this silence",
			s: workspace.Silence{Last: day0, Nudged: day(90), Warned: day(90), KeptOpen: day(95)}, now: day(150), quiet: true},
		{name: "a new long silence after a message is warned again",
			s: workspace.Silence{Last: day(92), Nudged: day(122), Warned: day(90), KeptOpen: day(95)}, now: day(182), quiet: true, warning: true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			until, inForce := c.s.Warning()
			if got := [4]bool{c.s.Quiet(c.now), c.s.NudgeDue(c.now), c.s.WarningDue(c.now), inForce}; got != [4]bool{c.quiet, c.nudge, c.warning, c.inForce} {
				t.Errorf("quiet, nudge due, warning due, warning in force = %v, want %v", got, [4]bool{c.quiet, c.nudge, c.warning, c.inForce})
			}
			if !until.Equal(c.until) {
				t.Errorf("the warning runs out on %v, want %v", until, c.until)
			}
		})
	}
}
