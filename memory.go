package main

import (
	"os"
	"runtime/debug"
)

// memoryLimit is the Go heap's soft limit when GOMEMLIMIT does not set one: the garbage
// collector works harder as the heap nears it instead of letting it double past its live
// size. SQLite's page caches (db.go, 64 MB at most) are outside it, so the server as a whole
// stays under 300 MB (README "Performance").
const memoryLimit = 200 << 20

// gcPercent is GOGC when the environment does not set it: the heap may grow to three times
// its live size between collections (the default lets it double), so the collector runs
// less often while the heap is small; memoryLimit caps it when it is not.
const gcPercent = 200

// tuneMemory sets the defaults above; GOMEMLIMIT and GOGC still win, as the Go runtime
// documents them.
func tuneMemory() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
}
