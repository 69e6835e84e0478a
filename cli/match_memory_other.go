//go:build !unix

package cli

import (
	"fmt"
	"runtime/metrics"
)

// peakMemory reports the memory the Go runtime holds from the system now,
// the closest figure available without getrusage.
func peakMemory() string {
	s := []metrics.Sample{{Name: "/memory/classes/total:bytes"}}
	metrics.Read(s)
	return fmt.Sprintf("%d MB (Go runtime total)", s[0].Value.Uint64()>>20)
}
