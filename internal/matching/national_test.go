package matching

import (
	"testing"
)

// A must-have area splits a scheme into parts solved on their own, on all
// cores; the merged answer must be the optimum of the whole problem, as the
// dense matrix gives it, with locked and excluded pairs kept.
func TestSolveSplitByAreaMatchesDense(t *testing.T) {
	for seed := uint64(1); seed <= 20; seed++ {
		mentees, mentors := GenerateProfiles(120+int(seed), 60, 1+int(seed%7), seed)
		c := DefaultCriteria()
		c.Must = []string{CriterionArea}
		s := NewScorer(c, mentees, mentors)
		capacity := make([]int32, len(mentors))
		for j, p := range mentors {
			capacity[j] = int32(p.Capacity)
		}
		dense := &Problem{Mentees: len(mentees), Capacity: capacity, Dense: s.Matrix(), Excluded: []Pair{{1, 0}, {2, 1}}}
		if _, ok := dense.score(0, 0); ok {
			dense.Locked = []Pair{{0, 0}}
		}
		sparse := &Problem{Mentees: dense.Mentees, Capacity: capacity, Sparse: s.Arcs(), Locked: dense.Locked, Excluded: dense.Excluded}
		if parts := splitComponents(sparse); seed%7 > 0 && len(parts) < 2 {
			t.Fatalf("seed %d: %d parts for %d areas", seed, len(parts), 1+seed%7)
		}
		want, err := Solve(dense)
		if err != nil {
			t.Fatal(err)
		}
		split := defaultOptions
		split.splitFrom = 1
		got, err := solve(sparse, split)
		if err != nil {
			t.Fatal(err)
		}
		checkFeasible(t, sparse, got)
		if got.Matched != want.Matched || got.Total != want.Total {
			t.Fatalf("seed %d: split (%d, %d), dense (%d, %d)", seed, got.Matched, got.Total, want.Matched, want.Total)
		}
	}
}
