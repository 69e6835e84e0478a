//go:build !unix

package cli

import (
	"fmt"
	"runtime/metrics"
	"time"
)

// peakMemory reports the memory the Go runtime holds from the system now,
// the closest figure available without getrusage.
func peakMemory() string {
	s := []metrics.Sample{{Name: "/memory/classes/total:bytes"}}
	metrics.Read(s)
	return fmt.Sprintf("%d MB (Go runtime total)", s[0].Value.Uint64()>>20)
}

// cpuTime is not measured here; --timing shows 0.
func cpuTime() time.Duration { return 0 }
