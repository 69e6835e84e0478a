package ui

import (
	"errors"
	"sync"
	"time"

	"github.com/pocketbase/pocketbase/core"
)

// memoTTL bounds how long a memo's value stays in use: edits forget it at once (newMemo's
// hooks), figures that move with the clock alone (a pair falling quiet) show at most this
// late, plus the time of computing them again.
const memoTTL = time.Minute

// memoLimit bounds the keys a memo holds (programmes and filters); past it, it starts over.
const memoLimit = 1000

// memo keeps values computed from whole collections (a programme's report, the order of its
// pairs), which cost tens of milliseconds at thousands of pairs, until a record of those
// collections is created, changed or deleted — from the portal, the REST API or the dashboard
// — or memoTTL passes. Requests that ask for a value being computed wait for it instead of
// computing it again. A value past memoTTL is still served while one computation of the next
// runs in the background: otherwise, once a minute, every request for it waited for that
// computation (0.7 s for a large matching console) while holding one of the gate's slots,
// and so did every request queued behind them.
type memo[T any] struct {
	mu      sync.Mutex
	entries map[string]*memoEntry[T] // emptied by every edit of the collections read
	now     func() time.Time         // time.Now; tests move the clock
}

type memoEntry[T any] struct {
	done       chan struct{} // closed once value and err are set
	value      T
	err        error
	expires    time.Time
	refreshing bool // the next value is being computed in the background (m.mu)
}

// newMemo returns a memo whose values read collections.
func newMemo[T any](app core.App, collections ...string) *memo[T] {
	m := &memo[T]{now: time.Now}
	onRecordChange(app, func(core.App) { m.forgetAll() }, collections...)
	return m
}

// forgetAll forgets every value; one being computed now, in a request or in the background,
// is not put back.
func (m *memo[T]) forgetAll() {
	m.mu.Lock()
	m.entries = nil
	m.mu.Unlock()
}

// get returns key's value, computing it when there is none or the collections changed
// since; an expired value is returned while the next is computed in the background. An
// error is returned, not kept.
func (m *memo[T]) get(key string, compute func() (T, error)) (T, error) {
	m.mu.Lock()
	e, ok := m.entries[key]
	if !ok || (isClosed(e.done) && e.err != nil) { // none yet, or computing it panicked
		e = &memoEntry[T]{done: make(chan struct{})}
		if m.entries == nil || len(m.entries) >= memoLimit {
			m.entries = map[string]*memoEntry[T]{}
		}
		m.entries[key] = e
		m.mu.Unlock()
		e.compute(compute, m.now)
		if e.err != nil {
			m.forget(key, e)
		}
		return e.value, e.err
	}
	if isClosed(e.done) && !e.refreshing && m.now().After(e.expires) {
		e.refreshing = true
		go m.refresh(key, e, compute)
	}
	m.mu.Unlock()
	<-e.done
	return e.value, e.err
}

// refresh computes key's next value in place of the expired entry old, unless an edit
// forgot old meanwhile. When computing fails, old is forgotten: the next request computes
// the value itself and gets the error (or the panic) as before.
func (m *memo[T]) refresh(key string, old *memoEntry[T], compute func() (T, error)) {
	next := &memoEntry[T]{done: make(chan struct{})}
	func() {
		defer func() { _ = recover() }() // next.err stays errMemoPanic
		next.compute(compute, m.now)
	}()
	m.mu.Lock()
	defer m.mu.Unlock()
	old.refreshing = false
	if m.entries[key] != old {
		return
	}
	if next.err != nil {
		delete(m.entries, key)
		return
	}
	m.entries[key] = next
}

// forget removes key's entry if it is still e.
func (m *memo[T]) forget(key string, e *memoEntry[T]) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.entries[key] == e {
		delete(m.entries, key)
	}
}

// compute sets the entry's value and lets its waiters go, even when compute panics: they get
// errMemoPanic then, and the next request computes the value again.
func (e *memoEntry[T]) compute(compute func() (T, error), now func() time.Time) {
	e.err = errMemoPanic
	defer close(e.done)
	value, err := compute()
	e.value, e.err, e.expires = value, err, now().Add(memoTTL)
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
