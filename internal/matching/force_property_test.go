package matching

import (
	"errors"
	"math/rand/v2"
	"testing"
)

// Forcing a pair from the certificate gives what solving again with the pair locked gives,
// for every pair of thousands of small instances, and an assignment that holds.
func TestForceMatchesSolvingAgain(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	forced := 0
	for trial := 0; trial < 5000; trial++ {
		p := randomProblem(r)
		sol, err := Solve(p)
		if err != nil {
			t.Fatal(err)
		}
		for i := 0; i < p.Mentees; i++ {
			for j := 0; j < p.Mentors(); j++ {
				f, err := sol.Force(p, i, j)
				q := *p
				q.Locked = append(append([]Pair(nil), p.Locked...), Pair{i, j})
				if l, ok := lockedMentor(p, i); ok {
					q.Locked = p.Locked
					if l != j {
						q.Locked = nil // a mentee locked elsewhere cannot be forced
					}
				}
				again, solveErr := Solve(&q)
				if errors.Is(err, ErrCannotForce) {
					if solveErr == nil && q.Locked != nil {
						t.Fatalf("trial %d: (%d, %d) refused but solvable\n%+v", trial, i, j, p)
					}
					continue
				}
				if err != nil || solveErr != nil {
					t.Fatalf("trial %d: (%d, %d): force %v, solve %v\n%+v", trial, i, j, err, solveErr, p)
				}
				forced++
				if f.Matched != again.Matched || f.Total != again.Total || f.MentorOf[i] != j {
					t.Fatalf("trial %d: forcing (%d, %d) gives (%d, %d), solving again (%d, %d)\n%+v", trial, i, j,
						f.Matched, f.Total, again.Matched, again.Total, p)
				}
				checkFeasible(t, &q, assignedAs(p, f))
			}
		}
	}
	if forced < 8000 {
		t.Fatalf("only %d pairs forced", forced)
	}
}

func lockedMentor(p *Problem, i int) (int, bool) {
	for _, l := range p.Locked {
		if l.Mentee == i {
			return l.Mentor, true
		}
	}
	return 0, false
}

// assignedAs is a forcing's assignment as a Solution, for checkFeasible.
func assignedAs(p *Problem, f *Forcing) *Solution {
	src := newSource(p)
	sol := &Solution{Optimal: true, Matched: f.Matched, Total: f.Total}
	for k, b := range f.MentorOf {
		if b < 0 {
			sol.Unmatched = append(sol.Unmatched, Unmatched{Mentee: k})
			continue
		}
		sol.Pairs = append(sol.Pairs, Assigned{Mentee: k, Mentor: b, Score: src.score(k, b)})
	}
	return sol
}

// For the other objectives, and for a pair the must-haves forbid, "why not" solves again with
// the pair locked: the pair is in the answer and the rest follows the objective.
func TestWhyNotForcesThePairUnderEveryObjective(t *testing.T) {
	// Both mentees prefer mentor 0; mentee 1 and mentor 1 are forbidden.
	p := &Problem{Mentees: 2, Capacity: []int32{1, 1}, Dense: []int32{90, 50, 80, Forbidden}}
	for _, objective := range Objectives {
		sol, err := SolveFor(p, objective)
		if err != nil {
			t.Fatal(err)
		}
		f, err := WhyNot(p, sol, objective, 1, 1)
		if err != nil {
			t.Fatalf("%s: %v", objective, err)
		}
		// Mentee 0 had mentor 1 for the highest total and the fairest; the stable answer
		// already gave her mentor 0.
		moved := len(f.Moved) == 1 && f.Moved[0] == 0
		if f.MentorOf[1] != 1 || f.MentorOf[0] != 0 || f.Total != 90 || moved == (objective == ObjectiveStable) {
			t.Errorf("%s: forcing the forbidden pair gives %+v", objective, f)
		}
	}
	sol, _ := Solve(p)
	f, err := WhyNot(p, sol, ObjectiveTotal, 0, 0)
	if err != nil || f.Matched != 1 || f.Total != 90 || len(f.Lost) != 1 || f.Lost[0] != 1 {
		t.Errorf("forcing mentee 0 with mentor 0 leaves mentee 1 alone: %+v, %v", f, err)
	}
}
