//go:build unix

package matching

import "syscall"

// cpuTime is the process's user and system CPU time in nanoseconds: on a
// machine shared with other builds, the benchmarks report it beside the
// wall time, which the load inflates.
func cpuTime() int64 {
	var r syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &r) != nil {
		return 0
	}
	return r.Utime.Nano() + r.Stime.Nano()
}
