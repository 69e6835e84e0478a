package matching

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// assignments calls visit with every feasible assignment of p (mentor[i], −1 alone): allowed,
// non-excluded pairs within the seats, locked pairs kept.
func assignments(p *Problem, visit func(mentor []int)) {
	src, seats, excluded := p.freeSeats()
	mentor := make([]int, p.Mentees)
	fixed := map[int]int{}
	for _, l := range p.Locked {
		fixed[l.Mentee] = l.Mentor
	}
	var walk func(i int)
	walk = func(i int) {
		if i == p.Mentees {
			visit(mentor)
			return
		}
		if j, ok := fixed[i]; ok {
			mentor[i] = j
			walk(i + 1)
			return
		}
		mentor[i] = -1
		walk(i + 1)
		for j := range seats {
			if seats[j] > 0 && !excluded[Pair{i, j}] && src.score(i, j) >= 0 {
				seats[j]--
				mentor[i] = j
				walk(i + 1)
				seats[j]++
			}
		}
	}
	walk(0)
}

// value is an assignment's matched count, lowest score (−1 when empty) and total.
func value(p *Problem, mentor []int) (matched int, lowest int32, total int64) {
	src := newSource(p)
	lowest = -1
	for i, j := range mentor {
		if j >= 0 {
			s := src.score(i, j)
			matched, total = matched+1, total+int64(s)
			if lowest < 0 || s < lowest {
				lowest = s
			}
		}
	}
	return matched, lowest, total
}

// stableUnderTieBreak reports whether no pair outside mentor blocks it under SolveStable's
// strict preferences: score, then the lower index.
func stableUnderTieBreak(p *Problem, mentor []int) bool {
	src, seats, excluded := p.freeSeats()
	locked := map[int]bool{}
	for _, l := range p.Locked {
		locked[l.Mentee] = true
	}
	better := func(s1 int32, k1 int, s2 int32, k2 int) bool { return s1 > s2 || s1 == s2 && k1 < k2 }
	for i, j := range mentor {
		if j >= 0 && !locked[i] {
			seats[j]--
		}
	}
	for i := range mentor {
		for j := range seats {
			s := src.score(i, j)
			if locked[i] || s < 0 || excluded[Pair{i, j}] || mentor[i] == j {
				continue
			}
			menteeWants := mentor[i] < 0 || better(s, j, src.score(i, mentor[i]), mentor[i])
			mentorWants := seats[j] > 0
			for k, jj := range mentor {
				if jj == j && !locked[k] && better(s, i, src.score(k, j), k) {
					mentorWants = true
				}
			}
			if menteeWants && mentorWants {
				return false
			}
		}
	}
	return true
}

// Each objective's answer is the best by brute force on thousands of small instances; the
// stable one is the only stable assignment and has no blocking pair.
func TestObjectivesMatchBruteForce(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for trial := 0; trial < 3000; trial++ {
		p := randomProblem(r)
		var fair [3]int64
		fair[0] = -1
		var stable [][]int
		assignments(p, func(mentor []int) {
			n, low, tot := value(p, mentor)
			if v := [3]int64{int64(n), int64(low), tot}; slices.Compare(v[:], fair[:]) > 0 {
				fair = v
			}
			if stableUnderTieBreak(p, mentor) {
				stable = append(stable, slices.Clone(mentor))
			}
		})
		sol, err := SolveFairest(p)
		if err != nil {
			t.Fatalf("trial %d: %v", trial, err)
		}
		checkFeasible(t, p, sol)
		if n, low, tot := value(p, assignmentOf(p, sol)); [3]int64{int64(n), int64(low), tot} != fair {
			t.Fatalf("trial %d fairest: (%d, %d, %d), want %v\n%+v", trial, n, low, tot, fair, p)
		}
		st, err := SolveStable(p)
		if err != nil {
			t.Fatalf("trial %d: %v", trial, err)
		}
		if len(stable) != 1 || !slices.Equal(stable[0], assignmentOf(p, st)) {
			t.Fatalf("trial %d stable: got %v, stable ones %v\n%+v", trial, assignmentOf(p, st), stable, p)
		}
		if rep := Evaluate(p, st, 100); rep.BlockingPairs != 0 || rep.Matched != st.Matched || rep.Total != st.Total {
			t.Fatalf("trial %d: the stable assignment reports %+v", trial, rep)
		}
	}
}
