package matching

import "slices"

// WhyNot answers "why not this mentor?": what forcing mentee i with mentor j changes against
// sol, the answer p had for objective. For the highest-total objective and a pair the
// criteria allow, Force finds it from the certificate without solving again. Otherwise (the
// other objectives have no certificate; a pair the must-haves forbid or the coordinators
// excluded changes the problem) p is solved again for the objective with the pair locked, a
// forbidden pair scoring 0 as a coordinator's override does.
func WhyNot(p *Problem, sol *Solution, objective string, i, j int) (*Forcing, error) {
	allowed := i >= 0 && i < p.Mentees && j >= 0 && j < p.Mentors() && newSource(p).score(i, j) >= 0 &&
		!slices.Contains(p.Excluded, Pair{i, j})
	if allowed && (objective == ObjectiveTotal || objective == "") {
		return sol.Force(p, i, j)
	}
	q, err := p.withForced(i, j)
	if err != nil {
		return nil, err
	}
	again, err := SolveFor(q, objective)
	if err != nil {
		return nil, err
	}
	before, after := assignmentOf(p, sol), assignmentOf(p, again)
	return newForcing(q, i, j, before, after), nil
}

// withForced is p with mentee i locked with mentor j: allowed (score 0 when it was
// forbidden), no longer excluded.
func (p *Problem) withForced(i, j int) (*Problem, error) {
	src, seats, _ := p.freeSeats()
	if i < 0 || i >= p.Mentees || j < 0 || j >= p.Mentors() || seats[j] <= 0 ||
		slices.ContainsFunc(p.Locked, func(l Pair) bool { return l.Mentee == i }) {
		return nil, ErrCannotForce
	}
	q := *p
	q.Excluded = slices.DeleteFunc(slices.Clone(p.Excluded), func(e Pair) bool { return e == Pair{i, j} })
	q.Locked = append(slices.Clone(p.Locked), Pair{i, j})
	if src.score(i, j) >= 0 {
		return &q, nil
	}
	if p.Dense != nil {
		q.Dense = slices.Clone(p.Dense)
		q.Dense[i*p.Mentors()+j] = 0
	} else {
		q.Sparse = append(slices.Clone(p.Sparse), Arc{int32(i), int32(j), 0})
	}
	return &q, nil
}

// assignmentOf is each mentee's mentor in sol, −1 alone.
func assignmentOf(p *Problem, sol *Solution) []int {
	mentor := make([]int, p.Mentees)
	for k := range mentor {
		mentor[k] = -1
	}
	for _, a := range sol.Pairs {
		mentor[a.Mentee] = a.Mentor
	}
	return mentor
}
