package main

import (
	"os"
	"runtime/debug"

	"github.com/mentorbase/mentorbase/internal/sqlitecache"
)

// memoryBudget is the most the server as a whole should hold at 20,000 participants under
// load (README "Performance").
const memoryBudget = 300 << 20

// memoryLimit is the Go heap's soft limit when GOMEMLIMIT does not set one: the garbage
// collector works harder as the heap nears it instead of letting it grow past it. It is what
// the budget leaves for Go once the memory outside Go's heap is counted: SQLite's page cache
// (sqlitecache.PageCacheBytes, held from the first connection on), the binary's code and data
// (about 30 MB), SQLite's other memory such as the prepared statements (about 20 MB), and
// 20 MB to spare, for the limit is soft: 166 MB.
const memoryLimit = memoryBudget - sqlitecache.PageCacheBytes - 30<<20 - 20<<20 - 20<<20

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
