// Package throttle limits how often a key (an account, a client address) may do something
// within a sliding window: failed sign-ins, reset mails, registrations. It has no PocketBase
// import so that the portal and the REST API's hooks share one set of counts per app (Shared).
package throttle

import (
	"sync"
	"time"
)

// Throttle remembers the recent events of each key and says how long a key must wait once it
// has had limit events within the sliding window. It lives in memory: mentorbase is one
// process, and a restart only forgets a few minutes of counts.
type Throttle struct {
	limit  int
	window time.Duration
	now    func() time.Time

	mu sync.Mutex
	// events holds, per key, the times of at most the last limit events, oldest first.
	events map[string][]time.Time
	// sweepAt is the number of keys at which Add drops the keys whose events have all
	// expired, so addresses and IPs seen once do not pile up for ever.
	sweepAt int
}

// minSweep is the smallest number of keys worth sweeping for.
const minSweep = 1024

// New allows limit events per key within window, reading the time from now.
func New(limit int, window time.Duration, now func() time.Time) *Throttle {
	return &Throttle{limit: limit, window: window, now: now, events: map[string][]time.Time{}, sweepAt: minSweep}
}

// Wait returns how long key must wait before its next event is allowed; zero when it is
// allowed now.
func (t *Throttle) Wait(key string) time.Duration {
	t.mu.Lock()
	defer t.mu.Unlock()
	recent := t.recent(key, t.now())
	if len(recent) < t.limit {
		return 0
	}
	return recent[0].Add(t.window).Sub(t.now())
}

// Add records one event for key.
func (t *Throttle) Add(key string) {
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

// Reset forgets key's events.
func (t *Throttle) Reset(key string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	delete(t.events, key)
}

// recent returns key's events that are still inside the window at now.
func (t *Throttle) recent(key string, now time.Time) []time.Time {
	events := t.events[key]
	for len(events) > 0 && !now.Before(events[0].Add(t.window)) {
		events = events[1:]
	}
	return events
}

// sweep drops the keys without a recent event and sets the next sweep at twice the keys left,
// which keeps the cost of sweeping constant per add.
func (t *Throttle) sweep(now time.Time) {
	for key := range t.events {
		if len(t.recent(key, now)) == 0 {
			delete(t.events, key)
		}
	}
	t.sweepAt = max(minSweep, 2*len(t.events))
}
