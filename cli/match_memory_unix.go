//go:build unix

package cli

import (
	"fmt"
	"runtime"
	"syscall"
	"time"
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

// cpuTime is the CPU time the process has used (user and system, all
// threads): on a shared machine it shows the work beside a wall time the
// load inflates.
func cpuTime() time.Duration {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		return 0
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}
