package ui

import (
	"context"
	"io"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/hook"
)

// gateRun is a hook chain of the gate and a handler that notes which request started and
// then waits for release.
type gateRun struct {
	gate    *gate
	chain   hook.Hook[*core.RequestEvent]
	release chan struct{} // releases any one running request

	mu      sync.Mutex
	ends    map[string]chan struct{} // closed to release the request for a path
	started []string
	running int
	most    int
}

func newGateRun(slots int) *gateRun {
	return newLanesRun(slots, 0)
}

// newLanesRun is a gateRun whose ordinary requests move to the heavy lane after overtime.
func newLanesRun(slots int, overtime time.Duration) *gateRun {
	r := &gateRun{gate: newGate(slots, overtime), release: make(chan struct{}), ends: map[string]chan struct{}{}}
	r.chain.Bind(r.gate.handler())
	return r
}

// end releases the request for path.
func (r *gateRun) end(path string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	close(r.ends[path])
}

// serve sends a request for target through the gate; done is closed when it is answered.
func (r *gateRun) serve(ctx context.Context, target string) (done chan struct{}) {
	done = make(chan struct{})
	e := &core.RequestEvent{}
	e.Request = httptest.NewRequestWithContext(ctx, "GET", target, nil)
	e.Response = httptest.NewRecorder()
	end := make(chan struct{})
	r.mu.Lock()
	r.ends[e.Request.URL.Path] = end
	r.mu.Unlock()
	go func() {
		defer close(done)
		_ = r.chain.Trigger(e, func(e *core.RequestEvent) error {
			r.mu.Lock()
			r.started = append(r.started, e.Request.URL.Path)
			r.running++
			r.most = max(r.most, r.running)
			r.mu.Unlock()
			select {
			case <-r.release:
			case <-end:
			}
			r.mu.Lock()
			r.running--
			r.mu.Unlock()
			return nil
		})
	}()
	return done
}

// until waits for cond, failing the test after ten seconds.
func until(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); !cond(); time.Sleep(time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("still waiting for %s", what)
		}
	}
}

func (r *gateRun) startedCount() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.started)
}

// Two slots: the first two requests run, the next four wait and run in the order they came,
// never more than two at once; a request whose client leaves while waiting is not run and
// does not keep a slot.
func TestTheGateRunsAFewRequestsAtOnceInArrivalOrder(t *testing.T) {
	t.Parallel()
	r := newGateRun(2)
	var answered []chan struct{}
	for i, path := range []string{"/1", "/2"} {
		answered = append(answered, r.serve(context.Background(), path))
		until(t, path+" to start", func() bool { return r.startedCount() == i+1 })
	}
	gone, leave := context.WithCancel(context.Background())
	for i, path := range []string{"/3", "/left", "/4", "/5", "/6"} {
		ctx := context.Background()
		if path == "/left" {
			ctx = gone
		}
		answered = append(answered, r.serve(ctx, path))
		until(t, path+" to queue", func() bool { return r.gate.waiting(ordinary) == i+1 })
	}
	leave()
	until(t, "the client who left to leave the queue", func() bool { return r.gate.waiting(ordinary) == 4 })
	for i := range 6 { // one at a time, so that the next to start is the one the gate chose
		r.release <- struct{}{}
		until(t, "the next request to start", func() bool { return r.startedCount() == min(i+3, 6) })
	}
	for _, done := range answered {
		<-done
	}
	want := []string{"/1", "/2", "/3", "/4", "/5", "/6"}
	if !slices.Equal(r.started, want) {
		t.Errorf("ran %v, want %v", r.started, want)
	}
	if r.most != 2 {
		t.Errorf("%d requests ran at once, want 2", r.most)
	}
	if r.gate.lanes[ordinary].free != 2 {
		t.Errorf("%d slots free once all are answered, want 2", r.gate.lanes[ordinary].free)
	}
}

// The realtime event stream stays open as long as its page: it must not wait for, nor keep, a
// slot, even when every slot is taken.
func TestTheRealtimeStreamIsNotGated(t *testing.T) {
	t.Parallel()
	r := newGateRun(1)
	held := r.serve(context.Background(), "/account")
	until(t, "the slot to be taken", func() bool { return r.startedCount() == 1 })
	stream := r.serve(context.Background(), "/api/realtime")
	until(t, "the stream to start", func() bool { return r.startedCount() == 2 })
	r.release <- struct{}{}
	r.release <- struct{}{}
	<-held
	<-stream
}

func TestWhichRequestsAreGated(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		method, target string
		body           int // bytes; -1 is a chunked body of unknown length
		gated          bool
	}{
		{"GET", "/account", 0, true},
		{"POST", "/login", 60, true},
		{"GET", "/api/collections/messages/records", 0, true},
		{"GET", "/api/realtime", 0, false},
		{"POST", "/api/realtime", 60, false},
		{"GET", "/api/files/users/abc/avatar.png", 0, false},
		{"GET", "/api/backups/pb_backup.zip", 0, false},
		{"POST", "/coordinate/alumni/import", largeBody + 1, false},
		{"POST", "/api/collections/users/records", -1, false},
	} {
		e := &core.RequestEvent{}
		e.Request = httptest.NewRequest(c.method, c.target, strings.NewReader(strings.Repeat("x", max(c.body, 0))))
		e.Request.ContentLength = int64(c.body)
		if got := gated(e); got != c.gated {
			t.Errorf("%s %s with a body of %d: gated %v, want %v", c.method, c.target, c.body, got, c.gated)
		}
	}
}

// A client sending its small body slowly must not hold a slot while every other page waits:
// the body is read before the request queues, and the handler still reads all of it.
func TestASlowBodyDoesNotHoldASlot(t *testing.T) {
	t.Parallel()
	r := newGateRun(1)
	pipe, send := io.Pipe()
	body := &signalledReader{Reader: pipe, reading: make(chan struct{})}
	e := &core.RequestEvent{}
	e.Request = httptest.NewRequest("POST", "/login", body)
	e.Request.ContentLength = 5
	e.Response = httptest.NewRecorder()
	read := make(chan string, 1)
	go func() {
		_ = r.chain.Trigger(e, func(e *core.RequestEvent) error {
			b, _ := io.ReadAll(e.Request.Body)
			read <- string(b)
			return nil
		})
	}()
	<-body.reading
	other := r.serve(context.Background(), "/account")
	until(t, "another page to run while the body is on its way", func() bool { return r.startedCount() == 1 })
	r.release <- struct{}{}
	<-other
	if _, err := send.Write([]byte("hello")); err != nil {
		t.Fatal(err)
	}
	send.Close()
	if got := <-read; got != "hello" {
		t.Errorf("the handler read %q, want %q", got, "hello")
	}
}

// signalledReader closes reading when it is first read from.
type signalledReader struct {
	io.Reader
	reading chan struct{}
	once    sync.Once
}

func (r *signalledReader) Read(p []byte) (int, error) {
	r.once.Do(func() { close(r.reading) })
	return r.Reader.Read(p)
}

// One slot a lane: a heavy request (PocketBase's record list) running and another queued
// behind it do not hold up an ordinary page, which runs beside them; each lane runs one
// request at a time, in arrival order.
func TestAHeavyRequestDoesNotHoldUpAnOrdinaryOne(t *testing.T) {
	t.Parallel()
	r := newGateRun(1)
	list, next := "/api/collections/applications/records", "/api/collections/matches/records"
	answered := []chan struct{}{r.serve(context.Background(), list)}
	until(t, "the list to start", func() bool { return r.startedCount() == 1 })
	answered = append(answered, r.serve(context.Background(), next))
	until(t, "the next list to queue", func() bool { return r.gate.waiting(heavy) == 1 })
	answered = append(answered, r.serve(context.Background(), "/account"))
	until(t, "the page to run beside the lists", func() bool { return r.startedCount() == 2 })
	answered = append(answered, r.serve(context.Background(), "/me"))
	until(t, "the next page to queue", func() bool { return r.gate.waiting(ordinary) == 1 })
	r.end("/account")
	until(t, "the next page to run", func() bool { return r.startedCount() == 3 })
	r.end("/me")
	r.end(list)
	r.end(next)
	for _, done := range answered {
		<-done
	}
	want := []string{list, "/account", "/me", next}
	if !slices.Equal(r.started, want) {
		t.Errorf("ran %v, want %v", r.started, want)
	}
	if r.most != 2 {
		t.Errorf("%d requests ran at once, want 2 (one a lane)", r.most)
	}
}

// An ordinary request that runs past overtime (the matching console's first read) moves to
// the overrun lane and lets the next page run; a second one past overtime while that lane is
// full moves as soon as the first ends. The heavy lane is not theirs: a list runs beside them.
func TestARequestPastOvertimeLetsTheNextOneRun(t *testing.T) {
	t.Parallel()
	r := newLanesRun(1, time.Millisecond)
	var answered []chan struct{}
	for i, path := range []string{"/slow", "/slower", "/api/collections/applications/records"} {
		answered = append(answered, r.serve(context.Background(), path))
		until(t, path+" to run", func() bool { return r.startedCount() == i+1 })
	}
	answered = append(answered, r.serve(context.Background(), "/account"))
	until(t, "/slower to wait for the overrun lane, /account for the ordinary one", func() bool {
		r.gate.mu.Lock()
		defer r.gate.mu.Unlock()
		return len(r.gate.overdue) == 1 && len(r.gate.lanes[ordinary].queue) == 1
	})
	if r.startedCount() != 3 {
		t.Fatalf("/account ran before /slower left the ordinary lane: %v", r.started)
	}
	r.end("/slow")
	until(t, "/account to run once /slower moved", func() bool { return r.startedCount() == 4 })
	for _, path := range []string{"/slower", "/account", "/api/collections/applications/records"} {
		r.end(path)
	}
	for _, done := range answered {
		<-done
	}
	if r.most != 3 {
		t.Errorf("%d requests ran at once, want 3 (one a lane)", r.most)
	}
	for l, ln := range r.gate.lanes {
		if ln.free != 1 {
			t.Errorf("lane %d has %d free slots once all are answered, want 1", l, ln.free)
		}
	}
}

func TestWhichRequestsStartInTheHeavyLane(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		method, target string
		lane           int
	}{
		{"GET", "/api/collections/applications/records?perPage=50", heavy},
		{"GET", "/api/collections/messages/records/", heavy},
		{"GET", "/coordinate/alumni-career/export/applications.csv", heavy},
		{"GET", "/api/collections/applications/records/abc", ordinary},
		{"POST", "/api/collections/applications/records", ordinary},
		{"GET", "/coordinate/alumni-career/applications", ordinary},
		{"GET", "/coordinate/alumni-career/matching", ordinary},
		{"GET", "/account", ordinary},
	} {
		if got := laneOf(httptest.NewRequest(c.method, c.target, nil)); got != c.lane {
			t.Errorf("%s %s starts in lane %d, want %d", c.method, c.target, got, c.lane)
		}
	}
}
