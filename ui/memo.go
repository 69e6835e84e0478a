package ui

import (
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
	mu         sync.Mutex
	generation uint64 // raised by every edit of the collections read
	entries    map[string]*memoEntry[T]
}

type memoEntry[T any] struct {
	done       chan struct{} // closed once value and err are set
	value      T
	err        error
	generation uint64
	expires    time.Time
}

// newMemo returns a memo whose values read collections.
func newMemo[T any](app core.App, collections ...string) *memo[T] {
	m := &memo[T]{}
	forget := func(e *core.RecordEvent) error {
		m.mu.Lock()
		m.generation++
		m.entries = nil
		m.mu.Unlock()
		return e.Next()
	}
	app.OnRecordAfterCreateSuccess(collections...).BindFunc(forget)
	app.OnRecordAfterUpdateSuccess(collections...).BindFunc(forget)
	app.OnRecordAfterDeleteSuccess(collections...).BindFunc(forget)
	return m
}

// get returns key's value, computing it when there is none, it expired or the collections
// changed since; an error is returned, not kept.
func (m *memo[T]) get(key string, compute func() (T, error)) (T, error) {
	m.mu.Lock()
	e, ok := m.entries[key]
	if !ok || e.generation != m.generation || (isClosed(e.done) && time.Now().After(e.expires)) {
		e = &memoEntry[T]{done: make(chan struct{}), generation: m.generation}
		if m.entries == nil || len(m.entries) >= memoLimit {
			m.entries = map[string]*memoEntry[T]{}
		}
		m.entries[key] = e
		m.mu.Unlock()
		e.value, e.err = compute()
		e.expires = time.Now().Add(memoTTL)
		close(e.done)
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

func isClosed(c chan struct{}) bool {
	select {
	case <-c:
		return true
	default:
		return false
	}
}
