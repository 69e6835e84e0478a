package matching

import (
	"cmp"
	"runtime"
	"slices"
	"sync"
)

// Arcs scores the pairs a must-have area leaves allowed and returns them as
// the sparse pairs Problem.Sparse takes, on all cores, mentee by mentee in
// order of area: consecutive mentees then read the same few hundred mentors,
// which stay in the processor's cache (in index order, every mentee's
// mentors are scattered over all of them, several times slower).
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
	// Each worker fills its own region of one slice, sized by the mentors
	// each mentee is compared with, then the regions are closed up: no
	// slice grows, and a national scheme's 50 million pairs are copied once.
	n, workers := len(s.mentees), runtime.GOMAXPROCS(0)
	chunk := (n + workers - 1) / max(workers, 1)
	order := make([]int32, n)
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortStableFunc(order, func(x, y int32) int {
		return cmp.Or(cmp.Compare(s.mentees[x].area, s.mentees[y].area), cmp.Compare(s.mentees[x].city, s.mentees[y].city))
	})
	bound, seen := make([]int, workers+1), make([]int32, len(s.mentors))
	for k, i := range order {
		bound[k/chunk+1] += s.compared(int(i), byPlace, seen)
	}
	for w := range workers {
		bound[w+1] += bound[w]
	}
	out := make([]Arc, bound[workers])
	filled := make([]int, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			region, seen := out[bound[w]:bound[w]:bound[w+1]], make([]int32, len(s.mentors))
			for _, i := range order[min(w*chunk, n):min((w+1)*chunk, n)] {
				region = s.appendArcs(region, int(i), byPlace, seen)
			}
			filled[w] = len(region)
		})
	}
	wg.Wait()
	end := 0
	for w := range workers {
		end += copy(out[end:], out[bound[w]:bound[w]+filled[w]])
	}
	return out[:end:end]
}

// compared is the number of mentors mentee i is compared with, an upper
// bound of its allowed pairs; seen marks those counted, as in appendArcs.
func (s *Scorer) compared(i int, byPlace map[int32][]int32, seen []int32) int {
	e := &s.mentees[i]
	if !e.mustApply[criterionIndex(CriterionArea)] {
		return len(s.mentors)
	}
	count := 0
	for _, place := range []int32{e.area, e.city} {
		for _, j := range byPlace[place] {
			if seen[j] != int32(i)+1 {
				seen[j] = int32(i) + 1
				count++
			}
		}
	}
	return count
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
