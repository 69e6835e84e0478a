package ui

import (
	"bytes"
	"context"
	"io"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/hook"
	"github.com/pocketbase/pocketbase/tools/router"
)

// maxRequestsEnv names the environment variable that sets how many requests run at once
// (README "Performance"); 0 turns the gate off.
const maxRequestsEnv = "MENTORBASE_MAX_REQUESTS"

// requestsPerCore is the default number of requests running at once per core (measured:
// README "Performance"): enough to keep the cores busy while some requests wait for SQLite,
// few enough that a request is not slowed down by dozens of others sharing the cores.
const requestsPerCore = 4

// databaseConnections is the server's connections to data.db (dataConns in db.go; keep them
// in step), which the default never exceeds: requests waiting for a connection get the next
// one freed in random order (database/sql), the very tail the gate's order removes. At 16
// requests at once PocketBase's message list ran at a third of its rate with 8.
const databaseConnections = 8

// largeBody is the request body size above which a request is not gated: its upload's time
// is the network's, and a slot must not wait for it.
const largeBody = 64 << 10

// gate lets at most a fixed number of requests run at once and queues the others first come,
// first served. Without it, 64 requests at once share 2 cores, so each takes the time of all
// of them and the last to finish waits for the garbage collector too; with it, a request's
// latency is its wait in the queue plus its own time, and the requests that arrived first
// finish first.
type gate struct {
	mu    sync.Mutex
	free  int             // slots no request holds
	queue []chan struct{} // the waiting requests, in arrival order; closed when given a slot
}

func newGate(slots int) *gate {
	return &gate{free: slots}
}

// enter waits for a slot, in arrival order; false when ctx ended first (the client left).
func (g *gate) enter(ctx context.Context) bool {
	g.mu.Lock()
	if g.free > 0 && len(g.queue) == 0 {
		g.free--
		g.mu.Unlock()
		return true
	}
	turn := make(chan struct{})
	g.queue = append(g.queue, turn)
	g.mu.Unlock()
	select {
	case <-turn:
		return true
	case <-ctx.Done():
		g.mu.Lock()
		i := slices.Index(g.queue, turn)
		if i >= 0 {
			g.queue = slices.Delete(g.queue, i, i+1)
		}
		g.mu.Unlock()
		if i < 0 { // given a slot as the client left: pass it on
			g.leave()
		}
		return false
	}
}

// leave gives the slot to the first waiting request, or frees it.
func (g *gate) leave() {
	g.mu.Lock()
	defer g.mu.Unlock()
	if len(g.queue) == 0 {
		g.free++
		return
	}
	close(g.queue[0])
	g.queue[0] = nil
	g.queue = g.queue[1:]
}

// waiting is the number of queued requests.
func (g *gate) waiting() int {
	g.mu.Lock()
	defer g.mu.Unlock()
	return len(g.queue)
}

// handler is the outermost middleware, before everything PocketBase does per request (so
// its request log's execution time leaves the wait out).
func (g *gate) handler() *hook.Handler[*core.RequestEvent] {
	return &hook.Handler[*core.RequestEvent]{
		Id:       "mentorbaseGate",
		Priority: apis.DefaultWWWRedirectMiddlewarePriority - 1,
		Func: func(e *core.RequestEvent) error {
			if !gated(e) {
				return e.Next()
			}
			if err := readBodyFirst(e); err != nil {
				return err
			}
			if !g.enter(e.Request.Context()) {
				return nil // nobody is left to answer
			}
			defer g.leave()
			return e.Next()
		},
	}
}

// gated reports whether a request takes a slot. Those that last as long as the client wants
// do not: the realtime event stream (open for as long as the page is), file and backup
// downloads (which stream to however slow a client), and requests with a large or unknown
// body (uploads: imports, files), which arrive at the network's pace.
func gated(e *core.RequestEvent) bool {
	path := e.Request.URL.Path
	if strings.HasPrefix(path, "/api/realtime") || strings.HasPrefix(path, "/api/files/") ||
		strings.HasPrefix(path, "/api/backups") {
		return false
	}
	return e.Request.ContentLength >= 0 && e.Request.ContentLength <= largeBody
}

// readBodyFirst reads a gated request's body (at most largeBody) before it takes a slot and
// hands the handler the bytes read: a client sending its few bytes slowly — on purpose or on
// a bad line — would otherwise hold a slot for as long as the server waits for them (minutes)
// while every other page queued behind it.
func readBodyFirst(e *core.RequestEvent) error {
	if e.Request.ContentLength <= 0 || e.Request.Body == nil {
		return nil
	}
	body, err := io.ReadAll(io.LimitReader(e.Request.Body, largeBody))
	e.Request.Body.Close()
	if err != nil {
		return apis.NewBadRequestError("", err)
	}
	// rereadable, as PocketBase's router made it: the throttle reads the body before the
	// handler does
	e.Request.Body = &router.RereadableReadCloser{ReadCloser: io.NopCloser(bytes.NewReader(body))}
	return nil
}

// maxRequests is how many requests run at once: MENTORBASE_MAX_REQUESTS, or requestsPerCore
// per core the Go runtime uses, at most databaseConnections. 0 (or less) means no limit.
func maxRequests() int {
	if n, err := strconv.Atoi(os.Getenv(maxRequestsEnv)); err == nil {
		return n
	}
	return min(requestsPerCore*runtime.GOMAXPROCS(0), databaseConnections)
}
