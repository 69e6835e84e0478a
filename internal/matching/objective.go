package matching

import (
	"fmt"
	"slices"
)

// The objectives a coordinator can choose: what "best" means for an assignment over the same
// allowed pairs, capacities, locked and excluded pairs.
const (
	// ObjectiveTotal: most mentees matched, then the highest total score (Solve).
	ObjectiveTotal = "total"
	// ObjectiveFairest: most mentees matched, then the highest lowest score, then the highest
	// total, so nobody gets a poor match for others to get great ones.
	ObjectiveFairest = "fairest"
	// ObjectiveStable: no mentee and mentor who both prefer each other to what they got,
	// preferences read from the scores (hospitals/residents; see SolveStable).
	ObjectiveStable = "stable"
)

// Objectives lists the objectives in the order the console offers them.
var Objectives = []string{ObjectiveTotal, ObjectiveFairest, ObjectiveStable}

// SolveFor solves p for one of the Objectives. Every answer is exact for its objective.
func SolveFor(p *Problem, objective string) (*Solution, error) {
	switch objective {
	case ObjectiveTotal, "":
		return Solve(p)
	case ObjectiveFairest:
		return SolveFairest(p)
	case ObjectiveStable:
		return SolveStable(p)
	}
	return nil, fmt.Errorf("unknown objective %q", objective)
}

// SolveFairest matches as many mentees as Solve, with the highest lowest score any such
// assignment can have, and among those the highest total. It searches the threshold by
// bisection over the distinct scores: each step is one Solve of p without the unlocked pairs
// scoring below the threshold, feasible when it still matches as many. Locked pairs count in
// the lowest score but are never dropped. The certificate proves the final Solve, on the pairs
// at or above the threshold.
func SolveFairest(p *Problem) (*Solution, error) {
	best, err := Solve(p)
	if err != nil || best.Matched == 0 {
		return best, err
	}
	thresholds := p.distinctScores()
	// The highest total's own lowest unlocked score is a feasible threshold to start from.
	lowest := thresholds[len(thresholds)-1]
	for _, a := range best.Pairs {
		if !a.Locked {
			lowest = min(lowest, a.Score)
		}
	}
	lo, _ := slices.BinarySearch(thresholds, lowest)
	hi := len(thresholds) - 1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		sol, err := Solve(p.atLeast(thresholds[mid]))
		if err != nil {
			return nil, err
		}
		if sol.Matched == best.Matched {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	threshold := thresholds[lo]
	for _, l := range p.Locked {
		s, _ := p.score(l.Mentee, l.Mentor)
		threshold = min(threshold, s) // the lowest is the locked pair's anyway: keep every pair above it
	}
	sol, err := Solve(p.atLeast(threshold))
	if err != nil {
		return nil, err
	}
	p.restoreReasons(sol)
	return sol, nil
}

// distinctScores lists the scores of p's allowed pairs in increasing order, without repeats.
func (p *Problem) distinctScores() []int32 {
	seen := map[int32]bool{}
	add := func(s int32) {
		if s >= 0 {
			seen[s] = true
		}
	}
	if p.Dense != nil {
		for _, s := range p.Dense {
			add(s)
		}
	} else {
		for _, a := range p.Sparse {
			add(a.Score)
		}
	}
	out := make([]int32, 0, len(seen))
	for s := range seen {
		out = append(out, s)
	}
	slices.Sort(out)
	return out
}

// atLeast is p without the unlocked pairs scoring below threshold.
func (p *Problem) atLeast(threshold int32) *Problem {
	q := *p
	m := p.Mentors()
	if p.Dense != nil {
		q.Dense = make([]int32, len(p.Dense))
		for k, s := range p.Dense {
			if s < threshold {
				s = Forbidden
			}
			q.Dense[k] = s
		}
		for _, l := range p.Locked {
			k := l.Mentee*m + l.Mentor
			q.Dense[k] = p.Dense[k]
		}
		return &q
	}
	locked := make(map[Pair]bool, len(p.Locked))
	for _, l := range p.Locked {
		locked[l] = true
	}
	q.Sparse = make([]Arc, 0, len(p.Sparse))
	for _, a := range p.Sparse {
		if a.Score >= threshold || locked[Pair{int(a.Mentee), int(a.Mentor)}] {
			q.Sparse = append(q.Sparse, a)
		}
	}
	return &q
}

// restoreReasons gives the mentees a solution of a restricted problem leaves alone the reason
// they have in p: a mentee who had an allowed pair in p lost it to the objective, not to the
// criteria.
func (p *Problem) restoreReasons(sol *Solution) {
	options := p.menteesWithOptions()
	for k, u := range sol.Unmatched {
		if options[u.Mentee] {
			sol.Unmatched[k].Reason = ReasonSeatsTaken
		} else {
			sol.Unmatched[k].Reason = ReasonNoAllowedMentor
		}
	}
}

// menteesWithOptions marks the mentees who have an allowed, non-excluded pair with a mentor
// who has a seat left beside the locked pairs (the rule of ReasonNoAllowedMentor).
func (p *Problem) menteesWithOptions() []bool {
	src, seats, excluded := p.freeSeats()
	out := make([]bool, p.Mentees)
	for i := range out {
		for j := range seats {
			if seats[j] > 0 && !excluded[Pair{i, j}] && src.score(i, j) >= 0 {
				out[i] = true
				break
			}
		}
	}
	return out
}

// freeSeats returns p's pairs, each mentor's seats beside the locked pairs and the excluded
// pairs as a set.
func (p *Problem) freeSeats() (*source, []int32, map[Pair]bool) {
	seats := append([]int32(nil), p.Capacity...)
	for _, l := range p.Locked {
		seats[l.Mentor]--
	}
	excluded := make(map[Pair]bool, len(p.Excluded))
	for _, e := range p.Excluded {
		excluded[e] = true
	}
	return newSource(p), seats, excluded
}
