package throttle

import (
	"fmt"
	"testing"
	"time"
)

// clock is a hand-wound time source for throttles.
type clock struct{ t time.Time }

func (c *clock) now() time.Time { return c.t }

func TestThrottleRefusesPastTheLimitWithinTheWindow(t *testing.T) {
	type step struct {
		at       time.Duration // since the start
		action   string        // "add", "reset" or "wait"
		key      string
		wantWait time.Duration // for "wait"
	}
	const window = 15 * time.Minute
	adds := func(at time.Duration, key string, n int) []step {
		var steps []step
		for range n {
			steps = append(steps, step{at: at, action: "add", key: key})
		}
		return steps
	}
	cases := []struct {
		name  string
		steps []step
	}{
		{"a fresh key is allowed", []step{{0, "wait", "a", 0}}},
		{"below the limit is allowed", append(adds(0, "a", 2), step{time.Minute, "wait", "a", 0})},
		{"at the limit waits until the oldest event leaves the window", append(
			append(adds(0, "a", 1), adds(5*time.Minute, "a", 2)...),
			step{6 * time.Minute, "wait", "a", 9 * time.Minute})},
		{"the window slides: one event expired frees one attempt", append(
			append(adds(0, "a", 1), adds(5*time.Minute, "a", 2)...),
			step{window, "wait", "a", 0}, step{window, "add", "a", 0},
			step{window, "wait", "a", 5 * time.Minute})},
		{"everything expires after the window", append(adds(0, "a", 3), step{window, "wait", "a", 0})},
		{"more events than the limit keep the newest", append(
			append(adds(0, "a", 3), adds(4*time.Minute, "a", 3)...),
			step{5 * time.Minute, "wait", "a", 14 * time.Minute})},
		{"keys are counted apart", append(adds(0, "a", 3), step{0, "wait", "b", 0})},
		{"reset forgets the key", append(adds(0, "a", 3),
			step{time.Minute, "reset", "a", 0}, step{time.Minute, "wait", "a", 0})},
		{"reset leaves other keys alone", append(append(adds(0, "a", 3), adds(0, "b", 3)...),
			step{time.Minute, "reset", "a", 0}, step{time.Minute, "wait", "b", 14 * time.Minute})},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
			c := &clock{start}
			th := New(3, window, c.now)
			for i, s := range tc.steps {
				c.t = start.Add(s.at)
				switch s.action {
				case "add":
					th.Add(s.key)
				case "reset":
					th.Reset(s.key)
				case "wait":
					if got := th.Wait(s.key); got != s.wantWait {
						t.Fatalf("step %d: wait(%q) at +%v = %v, want %v", i, s.key, s.at, got, s.wantWait)
					}
				}
			}
		})
	}
}

func TestThrottleForgetsExpiredKeys(t *testing.T) {
	c := &clock{time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)}
	th := New(5, time.Minute, c.now)
	for i := range minSweep - 1 {
		th.Add(fmt.Sprint("old", i))
	}
	c.t = c.t.Add(time.Hour)
	th.Add("new")
	if len(th.events) != 1 {
		t.Fatalf("%d keys kept after the sweep, want only the recent one", len(th.events))
	}
	if th.Wait("new") != 0 || len(th.events["new"]) != 1 {
		t.Fatalf("the recent key lost its event: %v", th.events["new"])
	}
}
