//go:build unix

package cli

import (
	"fmt"
	"runtime"
	"syscall"
)

// peakMemory reports the process's peak resident set size.
func peakMemory() string {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		return "unknown"
	}
	kib := u.Maxrss // kilobytes on Linux, bytes on macOS
	if runtime.GOOS == "darwin" {
		kib /= 1024
	}
	return fmt.Sprintf("%d MB (max RSS)", kib/1024)
}
