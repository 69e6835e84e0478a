package matching

import (
	"math"
	"slices"
)

// SolveStable returns the stable assignment of p (hospitals/residents, mentors holding
// seats): no mentee and mentor who are not paired both prefer each other to what they got. A
// mentee prefers the mentor with the higher score, a mentor the mentee with the higher score;
// only allowed, non-excluded pairs are acceptable, and a free seat or being alone is worse than
// any acceptable partner. Ties are broken by index: a mentee prefers the lower mentor index, a
// mentor the lower mentee index. Locked pairs stay and take their seats; their mentees take no
// further part.
//
// Both sides read their preferences from the same score, so after the tie-break they are one
// strict order of all pairs (score descending, then mentee, then mentor), and the stable
// assignment is unique: the mentee-optimal and the mentor-optimal one coincide. Taking the pairs
// in that order and keeping each whose mentee is free and whose mentor has a seat finds it:
// a pair skipped had a mentee or a mentor already holding a better pair.
//
// It does not maximise the number matched: a stable assignment may leave a mentee alone whom
// Solve would place. The solution carries no certificate and Optimal is false: it is exact
// for its own objective, which no dual proves.
func SolveStable(p *Problem) (*Solution, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	src, seats, excluded := p.freeSeats()
	locked := make(map[int]int, len(p.Locked))
	for _, l := range p.Locked {
		locked[l.Mentee] = l.Mentor
	}
	// Arcs are listed mentee by mentee, mentors in increasing order, so a stable order by
	// score descending breaks ties by mentee, then mentor, as the tie-break says.
	arcs := make([]Arc, 0, max(len(p.Dense), len(p.Sparse))) // at most every pair
	for i := 0; i < p.Mentees; i++ {
		if _, ok := locked[i]; ok {
			continue
		}
		cols, scores := src.row(i)
		start := len(arcs)
		for k, s := range scores {
			j := k
			if cols != nil {
				j = int(cols[k])
			}
			if s >= 0 && !excluded[Pair{i, j}] {
				arcs = append(arcs, Arc{int32(i), int32(j), s})
			}
		}
		if cols != nil {
			slices.SortFunc(arcs[start:], func(a, b Arc) int { return int(a.Mentor - b.Mentor) })
		}
	}
	order := byScoreDescending(arcs)
	mentor := make([]int, p.Mentees)
	for i := range mentor {
		mentor[i] = -1
	}
	for i, j := range locked {
		mentor[i] = j
	}
	for _, k := range order {
		a := arcs[k]
		if mentor[a.Mentee] < 0 && seats[a.Mentor] > 0 {
			mentor[a.Mentee] = int(a.Mentor)
			seats[a.Mentor]--
		}
	}
	return p.assignment(src, mentor, locked), nil
}

// assignment turns mentor[i] (−1 when alone) into a Solution with p's unmatched reasons.
func (p *Problem) assignment(src *source, mentor []int, locked map[int]int) *Solution {
	sol := &Solution{}
	options := p.menteesWithOptions()
	for i, j := range mentor {
		if j < 0 {
			reason := ReasonSeatsTaken
			if !options[i] {
				reason = ReasonNoAllowedMentor
			}
			sol.Unmatched = append(sol.Unmatched, Unmatched{i, reason})
			continue
		}
		_, isLocked := locked[i]
		s := src.score(i, j)
		sol.Pairs = append(sol.Pairs, Assigned{Mentee: i, Mentor: j, Score: s, Locked: isLocked})
		sol.Total += int64(s)
	}
	sol.Matched = len(sol.Pairs)
	return sol
}

// byScoreDescending returns the positions of arcs by decreasing score, ties in their order:
// a counting sort when scores are small (the portal's 0–100), else a sort of integer keys
// (score, then position).
func byScoreDescending(arcs []Arc) []uint32 {
	top := int32(0)
	for _, a := range arcs {
		top = max(top, a.Score)
	}
	order := make([]uint32, len(arcs))
	if top < 1<<16 {
		start := make([]int, top+2)
		for _, a := range arcs {
			start[top-a.Score+1]++
		}
		for k := 1; k < len(start); k++ {
			start[k] += start[k-1]
		}
		for k, a := range arcs {
			order[start[top-a.Score]] = uint32(k)
			start[top-a.Score]++
		}
		return order
	}
	keys := make([]uint64, len(arcs))
	for k, a := range arcs {
		keys[k] = uint64(math.MaxInt32-a.Score)<<32 | uint64(k)
	}
	slices.Sort(keys)
	for k, key := range keys {
		order[k] = uint32(key)
	}
	return order
}
