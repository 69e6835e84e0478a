package main

import (
	"runtime"
	"testing"
)

// The server runs one Go processor more than the runtime's default, so that one waits on the
// network while the others run requests; GOMAXPROCS, when set, is left as it is.
func TestTheServerRunsASpareProcessorUnlessGOMAXPROCSIsSet(t *testing.T) {
	for _, c := range []struct {
		name, env string
		want      func(before int) int
	}{
		{"unset", "", func(before int) int { return before + spareProcs }},
		{"set", "2", func(before int) int { return before }},
	} {
		t.Run(c.name, func(t *testing.T) {
			before := runtime.GOMAXPROCS(0)
			t.Cleanup(func() { runtime.GOMAXPROCS(before) })
			t.Setenv("GOMAXPROCS", c.env)
			tuneScheduler()
			if got := runtime.GOMAXPROCS(0); got != c.want(before) {
				t.Errorf("GOMAXPROCS %d after tuneScheduler, want %d (was %d)", got, c.want(before), before)
			}
		})
	}
}
