package matching

import (
	"fmt"
	"testing"
)

// benchSolve solves one generated instance (fixed seed) per iteration; the
// instance is built once, outside the timer.
func benchSolve(b *testing.B, kind string, n, m int) {
	p, err := Generate(kind, n, m, 2, 1)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	var sol *Solution
	for b.Loop() {
		if sol, err = Solve(p); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(sol.Matched), "matched")
	b.ReportMetric(float64(sol.Total), "total")
	b.ReportMetric(float64(sol.Rounds), "rounds")
}

func BenchmarkSolve(b *testing.B) {
	for _, c := range []struct {
		kind string
		n, m int
	}{
		{KindUniform, 10000, 5000},
		{KindPopular, 10000, 5000},
		{KindSparse, 10000, 5000},
		{KindUniform, 2000, 1000},
		{KindPopular, 2000, 1000},
		{KindUniform, 500, 250},
		{KindPopular, 500, 250},
	} {
		b.Run(fmt.Sprintf("%s-%dx%d", c.kind, c.n, c.m), func(b *testing.B) { benchSolve(b, c.kind, c.n, c.m) })
	}
}
