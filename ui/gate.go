package ui

import (
	"bytes"
	"io"
	"net/http"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/hook"
	"github.com/pocketbase/pocketbase/tools/router"

	"github.com/mentorbase/mentorbase/internal/sqlitecache"
)

// maxRequestsEnv names the environment variable that sets how many requests run at once in
// each lane (README "Performance"); 0 turns the gate off.
const maxRequestsEnv = "MENTORBASE_MAX_REQUESTS"

// requestsPerCore is the default number of requests running at once per core in each lane
// (measured: README "Performance"): one keeps a core busy, and a second on the same core
// only makes both slower, so that the requests queued behind them wait longer.
const requestsPerCore = 1

// largeBody is the request body size above which a request is not gated: its upload's time
// is the network's, and a slot must not wait for it.
const largeBody = 64 << 10

// overtime is how long an ordinary request runs before it moves to the overrun lane (the
// portal's pages take 0.1–3 ms of CPU at 20,000 participants; the matching console's first
// read of a programme 0.7 s).
const overtime = 20 * time.Millisecond

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
			p := g.enter(e.Request.Context(), laneOf(e.Request))
			if p == nil {
				return nil // nobody is left to answer
			}
			defer g.leave(p)
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

// laneOf is the lane a request starts in: heavy for PocketBase's record lists (which count
// every record the API rule lets through for their total: 65–270 ms of CPU at 20,000
// participants) and a programme's CSV exports (every row of the programme); ordinary for
// everything else, which moves to the overrun lane if it runs past overtime.
func laneOf(r *http.Request) int {
	if r.Method != http.MethodGet {
		return ordinary
	}
	parts := strings.Split(strings.Trim(r.URL.Path, "/"), "/")
	switch {
	case len(parts) == 4 && parts[0] == "api" && parts[1] == "collections" && parts[3] == "records",
		len(parts) == 4 && parts[0] == "coordinate" && parts[2] == "export":
		return heavy
	}
	return ordinary
}

// cores is the number of cores the Go runtime found at start (GOMAXPROCS before the server
// adds its spare processor: main's tuneScheduler).
var cores = runtime.GOMAXPROCS(0)

// maxRequests is how many requests run at once in each lane: MENTORBASE_MAX_REQUESTS, or
// requestsPerCore per core, the three lanes together at most
// the server's connections to data.db (sqlitecache.DataConns): requests waiting for a
// connection get the next one freed in random order (database/sql), the very tail the gate's
// order removes; at 16 requests at once PocketBase's message list ran at a third of its rate
// with 8. 0 (or less) means no limit.
func maxRequests() int {
	if n, err := strconv.Atoi(os.Getenv(maxRequestsEnv)); err == nil {
		return n
	}
	return min(requestsPerCore*cores, sqlitecache.DataConns/laneCount)
}
