package matching

import (
	"fmt"
	"testing"
)

// benchSolve solves one generated instance (fixed seed) per iteration; the
// instance is built once, outside the timer.
func benchSolve(b *testing.B, kind string, n, m int, maxScore int32) {
	p, err := GenerateScaled(kind, n, m, 2, maxScore, 1)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cpuTime()
	var sol *Solution
	for b.Loop() {
		if sol, err = Solve(p); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(cpuTime()-cpu)/1e6/float64(b.N), "cpu-ms/op")
	b.ReportMetric(float64(sol.Matched), "matched")
	b.ReportMetric(float64(sol.Total), "total")
	b.ReportMetric(float64(sol.Rounds), "rounds")
}

// BenchmarkSolve covers every family on scores 0–100, 0–10^4 and 0–10^6 at
// 10,000 × 5,000 (capacity 2), and the smaller sizes on 0–100.
func BenchmarkSolve(b *testing.B) {
	for _, kind := range Kinds {
		for _, s := range []int32{100, 10000, 1000000} {
			b.Run(fmt.Sprintf("%s-%d-10000x5000", kind, s), func(b *testing.B) { benchSolve(b, kind, 10000, 5000, s) })
		}
	}
	for _, kind := range []string{KindUniform, KindPopular} {
		for _, n := range []int{2000, 500} {
			b.Run(fmt.Sprintf("%s-100-%dx%d", kind, n, n/2), func(b *testing.B) { benchSolve(b, kind, n, n/2, 100) })
		}
	}
}
