package matching

import (
	"fmt"
	"testing"
)

// BenchmarkObjectives solves one generated instance for each objective; the instance is
// built once, outside the timer.
func BenchmarkObjectives(b *testing.B) {
	for _, c := range []struct{ n, m int }{{500, 250}, {2000, 1000}} {
		p, err := Generate(KindPopular, c.n, c.m, 2, 1)
		if err != nil {
			b.Fatal(err)
		}
		for _, objective := range Objectives {
			b.Run(fmt.Sprintf("popular_%dx%d/%s", c.n, c.m, objective), func(b *testing.B) {
				var sol *Solution
				for b.Loop() {
					if sol, err = SolveFor(p, objective); err != nil {
						b.Fatal(err)
					}
				}
				r := Evaluate(p, sol, 100)
				b.ReportMetric(float64(r.Lowest), "lowest")
				b.ReportMetric(float64(r.Total), "total")
				b.ReportMetric(float64(r.BlockingPairs), "blocking")
			})
		}
	}
}
