package ui

import (
	"context"
	"slices"
	"sync"
	"time"
)

// The gate's lanes. Ordinary requests (pages, forms, single records) take a few
// milliseconds; heavy ones (PocketBase's record lists with their totals, exports) take tens
// to hundreds. In one queue, a heavy request holding one of the few slots makes every page
// queued behind it wait for it; in their own lane they wait only for each other, and share
// the cores with the ordinary lane instead of blocking it. An ordinary request that runs past
// the gate's overtime (the matching console's first read of a programme, a page that met
// the garbage collector) moves to the overrun lane, so that the pages queued behind it need
// not wait for it either.
const (
	ordinary = iota
	heavy
	overrun
	laneCount
)

// gate lets at most a fixed number of requests run at once in each lane and queues the others
// first come, first served. Without it, 64 requests at once share 2 cores, so each takes the
// time of all of them and the last to finish waits for the garbage collector too; with it, a
// request's latency is its wait in the queue plus its own time, and the requests that arrived
// first finish first.
type gate struct {
	mu       sync.Mutex
	lanes    [laneCount]lane
	overdue  []*pass       // ordinary requests past overtime waiting for an overrun slot, oldest first
	overtime time.Duration // 0: requests stay in the lane they started in
}

// lane is one queue of the gate.
type lane struct {
	free  int             // slots no request holds
	queue []chan struct{} // the waiting requests, in arrival order; closed when given a slot
}

// pass is a running request's slot.
type pass struct {
	lane  int         // the lane whose slot it holds; guarded by gate.mu
	done  bool        // the request has left; guarded by gate.mu
	timer *time.Timer // moves an ordinary request to the overrun lane at overtime
}

// newGate is a gate of slots running requests in each lane, which moves an ordinary request
// that has run for overtime to the overrun lane (never if overtime is 0).
func newGate(slots int, overtime time.Duration) *gate {
	return &gate{lanes: [laneCount]lane{{free: slots}, {free: slots}, {free: slots}}, overtime: overtime}
}

// enter waits for a slot of lane l, in arrival order; nil when ctx ended first (the client
// left).
func (g *gate) enter(ctx context.Context, l int) *pass {
	g.mu.Lock()
	ln := &g.lanes[l]
	if ln.free > 0 && len(ln.queue) == 0 {
		ln.free--
		g.mu.Unlock()
		return g.running(l)
	}
	turn := make(chan struct{})
	ln.queue = append(ln.queue, turn)
	g.mu.Unlock()
	select {
	case <-turn:
		return g.running(l)
	case <-ctx.Done():
		g.mu.Lock()
		defer g.mu.Unlock()
		if i := slices.Index(ln.queue, turn); i >= 0 {
			ln.queue = slices.Delete(ln.queue, i, i+1)
		} else { // given a slot as the client left: pass it on
			g.give(l)
		}
		return nil
	}
}

// running is the pass of a request that took a slot of lane l.
func (g *gate) running(l int) *pass {
	p := &pass{lane: l}
	if l == ordinary && g.overtime > 0 {
		p.timer = time.AfterFunc(g.overtime, func() { g.promote(p) })
	}
	return p
}

// promote moves a request that ran past overtime to the overrun lane, so that the ordinary
// requests queued behind it need not wait for it: now if an overrun slot is free, else as
// soon as one is.
func (g *gate) promote(p *pass) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if p.done {
		return
	}
	if g.lanes[overrun].free == 0 {
		g.overdue = append(g.overdue, p)
		return
	}
	g.lanes[overrun].free--
	p.lane = overrun
	g.give(ordinary)
}

// leave gives up p's slot.
func (g *gate) leave(p *pass) {
	if p.timer != nil {
		p.timer.Stop()
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	p.done = true
	if i := slices.Index(g.overdue, p); i >= 0 {
		g.overdue = slices.Delete(g.overdue, i, i+1)
	}
	g.give(p.lane)
}

// give passes on a slot of lane l (g.mu held): an overrun slot to the oldest overdue
// ordinary request, whose ordinary slot is passed on in turn; else to the lane's first
// waiting request (none wait for an overrun slot); else it is free.
func (g *gate) give(l int) {
	if l == overrun && len(g.overdue) > 0 {
		p := g.overdue[0]
		g.overdue = g.overdue[1:]
		p.lane = overrun
		l = ordinary
	}
	ln := &g.lanes[l]
	if len(ln.queue) == 0 {
		ln.free++
		return
	}
	close(ln.queue[0])
	ln.queue[0] = nil
	ln.queue = ln.queue[1:]
}

// waiting is the number of requests queued in lane l.
func (g *gate) waiting(l int) int {
	g.mu.Lock()
	defer g.mu.Unlock()
	return len(g.lanes[l].queue)
}
