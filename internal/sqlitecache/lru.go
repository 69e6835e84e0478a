package sqlitecache

import "container/list"

// entry is one cached statement. busy is set while rows of it are open: running it again
// then would reset it under those rows. evicted is set when the cache let go of a busy
// statement; the rows finalize it when they close.
type entry struct {
	query   string
	stmt    sqliteStmt
	busy    bool
	evicted bool
}

// release is called once the rows of e are closed.
func (e *entry) release() error {
	e.busy = false
	if e.evicted {
		return e.stmt.Close()
	}
	return nil
}

// lru holds at most size statements, the least recently used first out.
type lru struct {
	size  int
	order *list.List // of *entry, most recently used at the front
	byKey map[string]*list.Element
}

func newLRU(size int) *lru {
	return &lru{size: size, order: list.New(), byKey: make(map[string]*list.Element, size)}
}

// get returns query's statement and marks it the most recently used, or nil.
func (l *lru) get(query string) *entry {
	el, ok := l.byKey[query]
	if !ok {
		return nil
	}
	l.order.MoveToFront(el)
	return el.Value.(*entry)
}

// add caches stmt for query, finalizing the least recently used statement when full.
func (l *lru) add(query string, stmt sqliteStmt) *entry {
	e := &entry{query: query, stmt: stmt}
	l.byKey[query] = l.order.PushFront(e)
	for l.order.Len() > l.size {
		oldest := l.order.Back()
		l.order.Remove(oldest)
		gone := oldest.Value.(*entry)
		delete(l.byKey, gone.query)
		l.let(gone)
	}
	return e
}

// clear finalizes every statement not in use (the others when their rows close) and
// returns the first error.
func (l *lru) clear() error {
	var first error
	for el := l.order.Front(); el != nil; el = el.Next() {
		if err := l.let(el.Value.(*entry)); err != nil && first == nil {
			first = err
		}
	}
	l.order.Init()
	clear(l.byKey)
	return first
}

// let lets go of e: finalizes it now, or once its rows close.
func (l *lru) let(e *entry) error {
	if e.busy {
		e.evicted = true
		return nil
	}
	return e.stmt.Close()
}
