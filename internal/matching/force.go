package matching

import "errors"

// Forcing is what forcing one pair into an assignment changes: the assignment with the pair
// in it and who gains, loses or changes mentor.
type Forcing struct {
	Mentee, Mentor int
	// Matched, Total and Lowest (−1 when nobody) describe the assignment with the pair.
	Matched int
	Total   int64
	Lowest  int32
	// MentorOf is each mentee's mentor with the pair forced, −1 alone.
	MentorOf []int
	// Lost had a mentor and have none; Moved have another mentor; Gained had none and have
	// one. The forced mentee is in none of them.
	Lost, Moved, Gained []int
}

// ErrCannotForce is returned for a pair that cannot be forced: not allowed, excluded, its
// mentee locked elsewhere, or its mentor without a seat beside the locked pairs.
var ErrCannotForce = errors.New("the pair cannot be forced")

// Force returns the best assignment (most matched, then highest total) in which mentee i has
// mentor j, from sol, an optimal answer of Solve for p, without solving again. With the
// certificate's duals as potentials every residual arc has a non-negative reduced cost, and
// the new optimum differs from sol by one cycle through the forced pair: i takes j, j gives a
// seat up (a free one, or one of its mentees moves on or is left alone), and so on until i's
// old seat is taken or left free. One Dijkstra search from j back to i over the allowed pairs
// finds the cheapest such cycle; the property tests compare it with solving p again with the
// pair locked.
func (sol *Solution) Force(p *Problem, i, j int) (*Forcing, error) {
	if !sol.Optimal || len(sol.Certificate.MenteeDual) != p.Mentees {
		return nil, errors.New("force: the solution carries no certificate")
	}
	g := newForceGraph(p, sol)
	if err := g.check(i, j); err != nil {
		return nil, err
	}
	after := append([]int(nil), g.mentor...)
	if g.mentor[i] != j {
		path, err := g.shortestPath(i, j)
		if err != nil {
			return nil, err
		}
		applyCycle(after, append([]int{i}, path...), p.Mentees, p.Mentors())
	}
	return newForcing(p, i, j, g.mentor, after), nil
}

// applyCycle moves the mentees along the cycle's arcs: mentee → mentor joins, mentee → sink
// leaves; the other arcs only move seats.
func applyCycle(mentor []int, cycle []int, n, m int) {
	for k := 0; k+1 < len(cycle); k++ {
		from, to := cycle[k], cycle[k+1]
		switch {
		case from < n && to < n+m && to >= n:
			mentor[from] = to - n
		case from < n && to == n+m:
			mentor[from] = -1
		}
	}
}

// newForcing compares the assignments before and after forcing mentee i with mentor j.
func newForcing(p *Problem, i, j int, before, after []int) *Forcing {
	f := &Forcing{Mentee: i, Mentor: j, MentorOf: after, Lowest: -1}
	src := newSource(p)
	for k, b := range after {
		if b >= 0 {
			s := src.score(k, b)
			f.Matched, f.Total = f.Matched+1, f.Total+int64(s)
			if f.Lowest < 0 || s < f.Lowest {
				f.Lowest = s
			}
		}
		switch {
		case k == i || b == before[k]:
		case b < 0:
			f.Lost = append(f.Lost, k)
		case before[k] < 0:
			f.Gained = append(f.Gained, k)
		default:
			f.Moved = append(f.Moved, k)
		}
	}
	return f
}
