package matching

import (
	"cmp"
	"fmt"
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

// mergeSolutions puts the parts' answers and duals back in global indexes.
// A mentee in no part has no allowed pair: unmatched, dual at the unmatched
// cost; a mentor in no part keeps price 0.
func mergeSolutions(p *Problem, parts []*component, sols []*Solution, opt options) (*Solution, error) {
	sol := &Solution{Optimal: true, Certificate: Certificate{MaxScore: opt.maxScore, Unmatched: opt.unmatched,
		MenteeDual: make([]int64, p.Mentees), MentorPrice: make([]int64, p.Mentors())}}
	cert := &sol.Certificate
	reason := make([]string, p.Mentees)
	for i := range reason {
		reason[i] = ReasonNoAllowedMentor
		cert.MenteeDual[i] = opt.unmatched
	}
	for c, part := range parts {
		s := sols[c]
		for _, a := range s.Pairs {
			a.Mentee, a.Mentor = int(part.mentees[a.Mentee]), int(part.mentors[a.Mentor])
			sol.Pairs = append(sol.Pairs, a)
			sol.Total += int64(a.Score)
			reason[a.Mentee] = ""
		}
		for _, u := range s.Unmatched {
			reason[part.mentees[u.Mentee]] = u.Reason
		}
		for k, i := range part.mentees {
			cert.MenteeDual[i] = s.Certificate.MenteeDual[k]
		}
		for k, j := range part.mentors {
			cert.MentorPrice[j] = s.Certificate.MentorPrice[k]
		}
		sol.Rounds = max(sol.Rounds, s.Rounds)
		sol.Candidates += s.Candidates
	}
	slices.SortFunc(sol.Pairs, func(x, y Assigned) int { return cmp.Compare(x.Mentee, y.Mentee) })
	for i, r := range reason {
		if r != "" {
			sol.Unmatched = append(sol.Unmatched, Unmatched{Mentee: i, Reason: r})
		}
	}
	sol.Matched = len(sol.Pairs)
	return sol, checkMerged(p, sol)
}

// checkMerged checks the merged duals over every allowed pair of the whole
// problem (the pairs of mentees locked in, and of mentors whose seats are
// all locked, are not the solver's to choose, as in each part): each part
// proved its own pairs, and no pair links two parts, so this cannot fail
// unless the merge itself is wrong.
func checkMerged(p *Problem, sol *Solution) error {
	c := &sol.Certificate
	excluded := make(map[Pair]bool, len(p.Excluded))
	for _, e := range p.Excluded {
		excluded[e] = true
	}
	locked := make(map[int32]bool, len(p.Locked))
	seats := append([]int32(nil), p.Capacity...)
	for _, l := range p.Locked {
		locked[int32(l.Mentee)] = true
		seats[l.Mentor]--
	}
	for _, a := range p.Sparse {
		if seats[a.Mentor] == 0 || len(locked) > 0 && locked[a.Mentee] ||
			len(excluded) > 0 && excluded[Pair{int(a.Mentee), int(a.Mentor)}] {
			continue
		}
		if c.MaxScore-int64(a.Score)+c.MentorPrice[a.Mentor]-c.MenteeDual[a.Mentee] < 0 {
			return fmt.Errorf("mentee %d, mentor %d: merged certificate violated", a.Mentee, a.Mentor)
		}
	}
	return nil
}
