package main

import (
	"os"
	"runtime"
)

// spareProcs is how many more Go processors (GOMAXPROCS) the server runs than the runtime's
// default, one per core. The portal's gate (ui/gate.go) lets one request per core run at a
// time and queues the others in the order they arrived; but with every processor running a
// request, the Go scheduler looks at the network only when a processor runs out of work or
// every 10 ms, and then runs what arrived in no particular order. Under 64 connections on
// 2 cores the requests so waited unseen for most of their time — the gate's log showed a 99th
// percentile of 47 ms where the client measured 110 — and were served out of order, which
// made the 99th percentile four times the median. A spare processor, with no request to run,
// waits on the network itself, so every request reaches the gate's queue as it arrives
// (README "Performance").
const spareProcs = 1

// tuneScheduler adds the spare processor, unless GOMAXPROCS sets the number itself.
func tuneScheduler() {
	if os.Getenv("GOMAXPROCS") == "" {
		runtime.GOMAXPROCS(runtime.GOMAXPROCS(0) + spareProcs)
	}
}
