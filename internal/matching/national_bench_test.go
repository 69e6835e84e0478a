package matching

import (
	"testing"
)

// BenchmarkNational plans a national scheme: 100,000 mentees × 50,000
// mentors (100,000 seats) in 100 areas, scored from their profiles with a
// must-have area, solved exactly part by part on all cores: scoring the
// allowed pairs and solving, without a dense matrix. Profiles are drawn
// once, outside the timer.
func BenchmarkNational(b *testing.B) {
	mentees, mentors := GenerateProfiles(100000, 50000, 100, 1)
	c := DefaultCriteria()
	c.Must = []string{CriterionArea}
	capacity := make([]int32, len(mentors))
	for j, p := range mentors {
		capacity[j] = int32(p.Capacity)
	}
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cpuTime()
	var sol *Solution
	for b.Loop() {
		s := NewScorer(c, mentees, mentors)
		var err error
		if sol, err = Solve(&Problem{Mentees: len(mentees), Capacity: capacity, Sparse: s.Arcs()}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(cpuTime()-cpu)/1e6/float64(b.N), "cpu-ms/op")
	b.ReportMetric(float64(sol.Matched), "matched")
	b.ReportMetric(float64(sol.Total), "total")
}
