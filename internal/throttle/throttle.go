package ui

import (
	"sync"
	"time"
)

// throttle remembers the recent events of each key (an e-mail address, a client IP) and says
// how long a key must wait once it has had limit events within the sliding window. It lives in
// memory: mentorbase is one process, and a restart only forgets a few minutes of counts.
type throttle struct {
	limit  int
	window time.Duration
	now    func() time.Time

	mu sync.Mutex
	// events holds, per key, the times of at most the last limit events, oldest first.
	events map[string][]time.Time
	// sweepAt is the number of keys at which add drops the keys whose events have all
	// expired, so addresses and IPs seen once do not pile up for ever.
	sweepAt int
}

// minSweep is the smallest number of keys worth sweeping for.
const minSweep = 1024

// newThrottle allows limit events per key within window, reading the time from now.
func newThrottle(limit int, window time.Duration, now func() time.Time) *throttle {
	return &throttle{limit: limit, window: window, now: now, events: map[string][]time.Time{}, sweepAt: minSweep}
}

// wait returns how long key must wait before its next event is allowed; zero when it is
// allowed now.
func (t *throttle) wait(key string) time.Duration {
	t.mu.Lock()
	defer t.mu.Unlock()
	recent := t.recent(key, t.now())
	if len(recent) < t.limit {
		return 0
	}
	return recent[0].Add(t.window).Sub(t.now())
}

// add records one event for key.
func (t *throttle) add(key string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	now := t.now()
	recent := append(t.recent(key, now), now)
	if len(recent) > t.limit {
		recent = recent[len(recent)-t.limit:]
	}
	t.events[key] = recent
	if len(t.events) >= t.sweepAt {
		t.sweep(now)
	}
}

// reset forgets key's events.
func (t *throttle) reset(key string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	delete(t.events, key)
}

// recent returns key's events that are still inside the window at now.
func (t *throttle) recent(key string, now time.Time) []time.Time {
	events := t.events[key]
	for len(events) > 0 && !now.Before(events[0].Add(t.window)) {
		events = events[1:]
	}
	return events
}

// sweep drops the keys without a recent event and sets the next sweep at twice the keys left,
// which keeps the cost of sweeping constant per add.
func (t *throttle) sweep(now time.Time) {
	for key := range t.events {
		if len(t.recent(key, now)) == 0 {
			delete(t.events, key)
		}
	}
	t.sweepAt = max(minSweep, 2*len(t.events))
}
