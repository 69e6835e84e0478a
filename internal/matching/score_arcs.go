package matching

import (
	"runtime"
	"sync"
)

// Arcs scores the pairs a must-have area leaves allowed and returns them as
// the sparse pairs Problem.Sparse takes, by increasing mentee, on all cores.
// A mentee the area criterion applies to as a must-have is only compared
// with the mentors of the same area or city (any other pair is forbidden);
// other mentees with every mentor. A national scheme's 100,000 × 50,000 thus
// costs the pairs within each area, never the dense matrix's 5·10^9.
func (s *Scorer) Arcs() []Arc {
	byPlace := map[int32][]int32{}
	for j, r := range s.mentors {
		byPlace[r.area] = append(byPlace[r.area], int32(j))
		if r.city != r.area {
			byPlace[r.city] = append(byPlace[r.city], int32(j))
		}
	}
	delete(byPlace, 0)
	workers := runtime.GOMAXPROCS(0)
	parts := make([][]Arc, workers)
	chunk := (len(s.mentees) + workers - 1) / max(workers, 1)
	var wg sync.WaitGroup
	for w := range parts {
		wg.Go(func() {
			lo, hi := min(w*chunk, len(s.mentees)), min((w+1)*chunk, len(s.mentees))
			seen := make([]int32, len(s.mentors))
			for i := lo; i < hi; i++ {
				parts[w] = s.appendArcs(parts[w], i, byPlace, seen)
			}
		})
	}
	wg.Wait()
	total := 0
	for _, p := range parts {
		total += len(p)
	}
	out := make([]Arc, 0, total)
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// appendArcs adds mentee i's allowed pairs; seen marks mentors already
// scored for i (stamped i+1), as a mentor may share both area and city.
func (s *Scorer) appendArcs(out []Arc, i int, byPlace map[int32][]int32, seen []int32) []Arc {
	e := &s.mentees[i]
	add := func(j int32) {
		if seen[j] == int32(i)+1 {
			return
		}
		seen[j] = int32(i) + 1
		if sc := s.Score(i, int(j)); sc >= 0 {
			out = append(out, Arc{Mentee: int32(i), Mentor: j, Score: sc})
		}
	}
	if !e.mustApply[criterionIndex(CriterionArea)] {
		for j := range s.mentors {
			add(int32(j))
		}
		return out
	}
	for _, place := range []int32{e.area, e.city} {
		for _, j := range byPlace[place] {
			add(j)
		}
	}
	return out
}
