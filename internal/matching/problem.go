package matching

import (
	"fmt"
	"math"
)

// Forbidden marks a pair that may not be matched in a dense score matrix.
const Forbidden = -1

// MaxPeople bounds the number of mentees and of mentors of a problem, so a
// header cannot make the solver allocate without limit.
const MaxPeople = 1 << 24

// Arc is one allowed pair of a sparse problem: mentee and mentor indexes and
// the pair's score (≥ 0).
type Arc struct {
	Mentee, Mentor, Score int32
}

// Pair names a mentee and a mentor by index.
type Pair struct {
	Mentee, Mentor int
}

// Problem is an assignment problem. Mentees and mentors are numbered from 0.
// Exactly one of Dense and Sparse describes the allowed pairs and scores.
type Problem struct {
	// Mentees is the number of mentees.
	Mentees int
	// Capacity holds each mentor's number of seats; its length is the number
	// of mentors. A capacity of 0 means the mentor takes nobody.
	Capacity []int32
	// Dense, when not nil, holds Mentees × len(Capacity) scores row by row
	// (mentee-major); Forbidden (−1) marks a pair that may not be matched.
	Dense []int32
	// Sparse lists the allowed pairs when Dense is nil; pairs not listed are
	// forbidden. A pair may appear once.
	Sparse []Arc
	// Locked pairs are in every answer; they use their mentor's seats and
	// must be allowed pairs.
	Locked []Pair
	// Excluded pairs are forbidden even if allowed.
	Excluded []Pair
}

// Mentors is the number of mentors.
func (p *Problem) Mentors() int { return len(p.Capacity) }

// Validate reports the first structural error of p: sizes, scores out of
// range, duplicates, locked or excluded pairs that cannot hold.
func (p *Problem) Validate() error {
	n, m := p.Mentees, p.Mentors()
	if n < 0 || n > MaxPeople || m > MaxPeople {
		return fmt.Errorf("problem size %d × %d out of range", n, m)
	}
	for j, c := range p.Capacity {
		if c < 0 {
			return fmt.Errorf("mentor %d: capacity %d is negative", j, c)
		}
	}
	if p.Dense != nil {
		if int64(len(p.Dense)) != int64(n)*int64(m) {
			return fmt.Errorf("dense scores: %d values, want %d × %d", len(p.Dense), n, m)
		}
		for k, s := range p.Dense {
			if s < Forbidden {
				return fmt.Errorf("mentee %d, mentor %d: score %d (must be ≥ 0, or −1 for forbidden)", k/m, k%m, s)
			}
		}
	} else if err := validateSparse(p.Sparse, n, m); err != nil {
		return err
	}
	return p.validatePairs()
}

func validateSparse(arcs []Arc, n, m int) error {
	if len(arcs) > math.MaxInt32 {
		return fmt.Errorf("%d pairs, at most %d", len(arcs), math.MaxInt32)
	}
	for k, a := range arcs {
		switch {
		case a.Mentee < 0 || int(a.Mentee) >= n || a.Mentor < 0 || int(a.Mentor) >= m:
			return fmt.Errorf("pair %d: mentee %d, mentor %d out of range", k, a.Mentee, a.Mentor)
		case a.Score < 0:
			return fmt.Errorf("pair %d: score %d is negative", k, a.Score)
		}
	}
	// Duplicates, found mentee by mentee (no map: a national scheme lists
	// tens of millions of pairs): the k-th pair of each mentee in order.
	start := make([]int32, n+1)
	for _, a := range arcs {
		start[a.Mentee+1]++
	}
	for i := 0; i < n; i++ {
		start[i+1] += start[i]
	}
	byMentee := make([]int32, len(arcs))
	next := append([]int32(nil), start[:n]...)
	for k, a := range arcs {
		byMentee[next[a.Mentee]] = int32(k)
		next[a.Mentee]++
	}
	seen := make([]int32, m)
	for i := 0; i < n; i++ {
		for _, k := range byMentee[start[i]:start[i+1]] {
			a := arcs[k]
			if seen[a.Mentor] == int32(i)+1 {
				return fmt.Errorf("pair %d: mentee %d, mentor %d listed twice", k, a.Mentee, a.Mentor)
			}
			seen[a.Mentor] = int32(i) + 1
		}
	}
	return nil
}

func (p *Problem) validatePairs() error {
	n, m := p.Mentees, p.Mentors()
	excluded := make(map[Pair]bool, len(p.Excluded))
	for _, e := range p.Excluded {
		if e.Mentee < 0 || e.Mentee >= n || e.Mentor < 0 || e.Mentor >= m {
			return fmt.Errorf("excluded pair (%d, %d) out of range", e.Mentee, e.Mentor)
		}
		excluded[e] = true
	}
	lockedMentee := make(map[int]bool, len(p.Locked))
	seats := make(map[int]int32)
	for _, l := range p.Locked {
		switch {
		case l.Mentee < 0 || l.Mentee >= n || l.Mentor < 0 || l.Mentor >= m:
			return fmt.Errorf("locked pair (%d, %d) out of range", l.Mentee, l.Mentor)
		case lockedMentee[l.Mentee]:
			return fmt.Errorf("mentee %d is locked in more than one pair", l.Mentee)
		case excluded[l]:
			return fmt.Errorf("pair (%d, %d) is both locked and excluded", l.Mentee, l.Mentor)
		}
		if _, ok := p.score(l.Mentee, l.Mentor); !ok {
			return fmt.Errorf("locked pair (%d, %d) is not an allowed pair", l.Mentee, l.Mentor)
		}
		lockedMentee[l.Mentee] = true
		seats[l.Mentor]++
		if seats[l.Mentor] > p.Capacity[l.Mentor] {
			return fmt.Errorf("mentor %d: locked pairs exceed capacity %d", l.Mentor, p.Capacity[l.Mentor])
		}
	}
	return nil
}

// score returns the score of an allowed pair. For sparse problems it scans
// the arcs, so it is meant for the few locked pairs only.
func (p *Problem) score(i, j int) (int32, bool) {
	if p.Dense != nil {
		s := p.Dense[i*p.Mentors()+j]
		return s, s >= 0
	}
	for _, a := range p.Sparse {
		if int(a.Mentee) == i && int(a.Mentor) == j {
			return a.Score, true
		}
	}
	return 0, false
}
