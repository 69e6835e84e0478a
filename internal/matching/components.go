package matching

import (
	"cmp"
	"runtime"
	"slices"
	"sync"
)

// component is one connected part of a sparse problem: its own mentees and
// mentors (global indexes, in increasing order) and pairs.
type component struct {
	mentees, mentors []int32
	arcs             []Arc // local indexes
}

// solveSplit solves a sparse problem whose allowed pairs fall apart into
// independent parts (a must-have area splits a national scheme into one
// part per area) one part at a time, on all cores, and merges the answers
// and their certificates. It returns nil, nil when the problem is dense or
// in one part. The parts share the certificate's constants (the highest
// score and the unmatched cost computed for the whole problem), so the
// merged duals are one certificate, checked once more over every pair.
func solveSplit(p *Problem, opt options) (*Solution, error) {
	if p.Sparse == nil || len(p.Sparse) < opt.splitFrom {
		return nil, nil
	}
	parts := splitComponents(p)
	if len(parts) < 2 {
		return nil, nil
	}
	var seats int64
	for _, c := range p.Capacity {
		seats += int64(c)
	}
	opt.maxScore = 0
	for _, a := range p.Sparse {
		opt.maxScore = max(opt.maxScore, int64(a.Score))
	}
	k := min(int64(p.Mentees), seats)
	opt.unmatched = opt.maxScore + (k+1)*(opt.maxScore+1)
	sols := make([]*Solution, len(parts))
	errs := make([]error, len(parts))
	next := make(chan int, len(parts))
	for c := range parts {
		next <- c
	}
	close(next)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for c := range next {
				sols[c], errs[c] = solve(parts[c].problem(p), opt)
			}
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return mergeSolutions(p, parts, sols, opt)
}

// splitComponents groups mentees and mentors linked by allowed pairs
// (union-find) and returns the parts with at least one pair, largest first
// so that the workers finish together.
func splitComponents(p *Problem) []*component {
	n := p.Mentees
	parent := make([]int32, n+p.Mentors())
	for v := range parent {
		parent[v] = int32(v)
	}
	find := func(v int32) int32 {
		for parent[v] != v {
			parent[v] = parent[parent[v]]
			v = parent[v]
		}
		return v
	}
	for _, a := range p.Sparse {
		x, y := find(a.Mentee), find(int32(n)+a.Mentor)
		if x != y {
			parent[x] = y
		}
	}
	// Number the parts that have pairs, then size each part's pairs exactly
	// (tens of millions of pairs: no map lookups, no growing slices).
	index := make([]int32, len(parent))
	for v := range index {
		index[v] = -1
	}
	var parts []*component
	counts := []int{}
	for _, a := range p.Sparse {
		r := find(a.Mentee)
		if index[r] < 0 {
			index[r] = int32(len(parts))
			parts = append(parts, &component{})
			counts = append(counts, 0)
		}
		counts[index[r]]++
	}
	for c, part := range parts {
		part.arcs = make([]Arc, 0, counts[c])
	}
	local := make([]int32, len(parent))
	for v := range parent {
		c := index[find(int32(v))]
		if c < 0 {
			continue // nobody to pair with
		}
		if part := parts[c]; v < n {
			local[v] = int32(len(part.mentees))
			part.mentees = append(part.mentees, int32(v))
		} else {
			local[v] = int32(len(part.mentors))
			part.mentors = append(part.mentors, int32(v-n))
		}
	}
	for _, a := range p.Sparse {
		part := parts[index[find(a.Mentee)]]
		part.arcs = append(part.arcs, Arc{Mentee: local[a.Mentee], Mentor: local[int32(n)+a.Mentor], Score: a.Score})
	}
	slices.SortFunc(parts, func(x, y *component) int {
		return cmp.Or(cmp.Compare(len(y.arcs), len(x.arcs)), cmp.Compare(x.mentees[0], y.mentees[0]))
	})
	return parts
}

// problem is the part as a problem of its own, with its locked and
// excluded pairs.
func (c *component) problem(p *Problem) *Problem {
	sub := &Problem{Mentees: len(c.mentees), Capacity: make([]int32, len(c.mentors)), Sparse: c.arcs}
	for k, j := range c.mentors {
		sub.Capacity[k] = p.Capacity[j]
	}
	at := func(pr Pair) (Pair, bool) {
		i, ok1 := slices.BinarySearch(c.mentees, int32(pr.Mentee))
		j, ok2 := slices.BinarySearch(c.mentors, int32(pr.Mentor))
		return Pair{i, j}, ok1 && ok2
	}
	for _, l := range p.Locked {
		if pr, ok := at(l); ok {
			sub.Locked = append(sub.Locked, pr)
		}
	}
	for _, e := range p.Excluded {
		if pr, ok := at(e); ok {
			sub.Excluded = append(sub.Excluded, pr)
		}
	}
	return sub
}
