package ui

import "sync"

// knownAnswers keeps, per key, an answer read from the database, at most limit of them (past
// it, it starts over), until forget, which the record hooks on what the answers were read
// from call. An answer read before a forget is not kept: keep takes the edits that lookup
// returned and drops the answer if a forget came between. A nil knownAnswers knows nothing
// and keeps nothing (an app without the portal's hooks).
type knownAnswers[V any] struct {
	mu    sync.RWMutex
	known map[string]V
	edits uint64 // forgets so far
	limit int
}

// lookup returns what is known of key, and the forgets counted so far to give keep.
func (a *knownAnswers[V]) lookup(key string) (value V, ok bool, edits uint64) {
	if a == nil {
		return value, false, 0
	}
	a.mu.RLock()
	defer a.mu.RUnlock()
	value, ok = a.known[key]
	return value, ok, a.edits
}

// keep stores key's answer, unless a forget came since the lookup that returned edits.
func (a *knownAnswers[V]) keep(key string, value V, edits uint64) {
	if a == nil {
		return
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.edits != edits {
		return
	}
	if a.known == nil || len(a.known) >= a.limit {
		a.known = map[string]V{}
	}
	a.known[key] = value
}

// forget forgets every answer, and any being read now.
func (a *knownAnswers[V]) forget() {
	a.mu.Lock()
	a.known = nil
	a.edits++
	a.mu.Unlock()
}
