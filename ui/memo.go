package ui

import (
	"errors"
	"sync"
	"time"

	"github.com/pocketbase/pocketbase/core"
)

// memoTTL bounds how long a memo's value stays in use: edits forget it at once (newMemo's
// hooks), figures that move with the clock alone (a pair falling quiet) show at most this
// late.
const memoTTL = time.Minute

// memoLimit bounds the keys a memo holds (programmes and filters); past it, it starts over.
const memoLimit = 1000

// memo keeps values computed from whole collections (a programme's report, the order of its
// pairs), which cost tens of milliseconds at thousands of pairs, until a record of those
// collections is created, changed or deleted — from the portal, the REST API or the dashboard
// — or memoTTL passes. Requests that ask for a value being computed wait for it instead of
// computing it again.
type memo[T any] struct {
	mu      sync.Mutex
	entries map[string]*memoEntry[T] // emptied by every edit of the collections read
}

type memoEntry[T any] struct {
	done    chan struct{} // closed once value and err are set
	value   T
	err     error
	expires time.Time
}

// newMemo returns a memo whose values read collections.
func newMemo[T any](app core.App, collections ...string) *memo[T] {
	m := &memo[T]{}
	onRecordChange(app, func(core.App) {
		m.mu.Lock()
		m.entries = nil // a value being computed now is not put back
		m.mu.Unlock()
	}, collections...)
	return m
}

// get returns key's value, computing it when there is none, it expired or the collections
// changed since; an error is returned, not kept.
func (m *memo[T]) get(key string, compute func() (T, error)) (T, error) {
	m.mu.Lock()
	e, ok := m.entries[key]
	if !ok || (isClosed(e.done) && time.Now().After(e.expires)) {
		e = &memoEntry[T]{done: make(chan struct{})}
		if m.entries == nil || len(m.entries) >= memoLimit {
			m.entries = map[string]*memoEntry[T]{}
		}
		m.entries[key] = e
		m.mu.Unlock()
		e.compute(compute)
		if e.err != nil {
			m.mu.Lock()
			if m.entries[key] == e {
				delete(m.entries, key)
			}
			m.mu.Unlock()
		}
		return e.value, e.err
	}
	m.mu.Unlock()
	<-e.done
	return e.value, e.err
}

// compute sets the entry's value and lets its waiters go, even when compute panics: they get
// errMemoPanic then, and the next request computes the value again (the entry has no expiry,
// so it expired already).
func (e *memoEntry[T]) compute(compute func() (T, error)) {
	e.err = errMemoPanic
	defer close(e.done)
	value, err := compute()
	e.value, e.err, e.expires = value, err, time.Now().Add(memoTTL)
}

// errMemoPanic is what the requests waiting for a value get when computing it panicked.
var errMemoPanic = errors.New("memo: computing the value failed")

func isClosed(c chan struct{}) bool {
	select {
	case <-c:
		return true
	default:
		return false
	}
}
