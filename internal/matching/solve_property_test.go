package matching

import (
	"math/rand/v2"
	"testing"
)

// randomProblem builds a small instance with forbidden, locked and excluded
// pairs, dense or sparse, with scores drawn from few values (many ties) or
// many.
func randomProblem(r *rand.Rand) *Problem {
	n, m := r.IntN(7), r.IntN(5)
	maxScore := []int32{0, 1, 3, 100, 10000, 1000000, 1<<31 - 1}[r.IntN(7)]
	p := &Problem{Mentees: n, Capacity: make([]int32, m)}
	for j := range p.Capacity {
		p.Capacity[j] = int32(r.IntN(4))
	}
	density := r.Float64()
	scores := make([]int32, n*m)
	for k := range scores {
		scores[k] = Forbidden
		if r.Float64() < density {
			scores[k] = int32(r.Int64N(int64(maxScore) + 1))
		}
	}
	if r.IntN(2) == 0 {
		p.Dense = scores
	} else {
		for k, s := range scores {
			if s >= 0 {
				p.Sparse = append(p.Sparse, Arc{int32(k / m), int32(k % m), s})
			}
		}
		r.Shuffle(len(p.Sparse), func(a, b int) { p.Sparse[a], p.Sparse[b] = p.Sparse[b], p.Sparse[a] })
	}
	addLockedAndExcluded(r, p, scores)
	return p
}

func addLockedAndExcluded(r *rand.Rand, p *Problem, scores []int32) {
	m := p.Mentors()
	seats := append([]int32(nil), p.Capacity...)
	for i := 0; i < p.Mentees; i++ {
		j := r.IntN(max(m, 1))
		if m == 0 || scores[i*m+j] < 0 {
			continue
		}
		switch r.IntN(8) {
		case 0:
			if seats[j] > 0 {
				seats[j]--
				p.Locked = append(p.Locked, Pair{i, j})
			}
		case 1:
			p.Excluded = append(p.Excluded, Pair{i, j})
		}
	}
}

// bruteForce returns the best (matched, total) by trying every assignment.
func bruteForce(p *Problem) (int, int64) {
	src, m := newSource(p), p.Mentors()
	seats := append([]int32(nil), p.Capacity...)
	fixed := map[int]int{}
	for _, l := range p.Locked {
		fixed[l.Mentee] = l.Mentor
	}
	excluded := map[Pair]bool{}
	for _, e := range p.Excluded {
		excluded[e] = true
	}
	bestN, bestT := -1, int64(-1)
	var walk func(i, count int, total int64)
	walk = func(i, count int, total int64) {
		if i == p.Mentees {
			if count > bestN || count == bestN && total > bestT {
				bestN, bestT = count, total
			}
			return
		}
		if j, ok := fixed[i]; ok {
			walk(i+1, count+1, total+int64(src.score(i, j)))
			return
		}
		walk(i+1, count, total)
		for j := 0; j < m; j++ {
			s := src.score(i, j)
			if s < 0 || excluded[Pair{i, j}] || seats[j] == 0 {
				continue
			}
			seats[j]--
			walk(i+1, count+1, total+int64(s))
			seats[j]++
		}
	}
	for _, l := range p.Locked {
		seats[l.Mentor]--
	}
	walk(0, 0, 0)
	return bestN, bestT
}

// checkFeasible asserts what a user would see violated in a wrong answer:
// seats, forbidden and excluded pairs, locked pairs, reported scores.
func checkFeasible(t *testing.T, p *Problem, sol *Solution) {
	t.Helper()
	src := newSource(p)
	used := make([]int32, p.Mentors())
	seen := map[int]bool{}
	excluded := map[Pair]bool{}
	for _, e := range p.Excluded {
		excluded[e] = true
	}
	var total int64
	for _, a := range sol.Pairs {
		s := src.score(a.Mentee, a.Mentor)
		if s < 0 || s != a.Score || excluded[Pair{a.Mentee, a.Mentor}] || seen[a.Mentee] {
			t.Fatalf("bad pair %+v (score %d) in %+v", a, s, p)
		}
		seen[a.Mentee] = true
		used[a.Mentor]++
		total += int64(s)
	}
	for j, u := range used {
		if u > p.Capacity[j] {
			t.Fatalf("mentor %d has %d mentees for %d seats", j, u, p.Capacity[j])
		}
	}
	for _, l := range p.Locked {
		if !containsPair(sol.Pairs, l) {
			t.Fatalf("locked pair %v missing", l)
		}
	}
	if total != sol.Total || len(sol.Pairs)+len(sol.Unmatched) != p.Mentees || !sol.Optimal {
		t.Fatalf("inconsistent solution %+v", sol)
	}
}

func containsPair(pairs []Assigned, want Pair) bool {
	for _, a := range pairs {
		if a.Mentee == want.Mentee && a.Mentor == want.Mentor {
			return true
		}
	}
	return false
}

func TestSolveMatchesBruteForce(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	tiny := options{kRow: 1, kCol: 1, grow: 1}
	split := defaultOptions
	split.splitFrom = 1
	for trial := 0; trial < 4000; trial++ {
		p := randomProblem(r)
		wantN, wantT := bruteForce(p)
		for _, opt := range []options{defaultOptions, tiny, split} {
			sol, err := solve(p, opt)
			if err != nil {
				t.Fatalf("trial %d: %v\n%+v", trial, err, p)
			}
			checkFeasible(t, p, sol)
			if sol.Matched != wantN || sol.Total != wantT {
				t.Fatalf("trial %d %+v: got (%d, %d), want (%d, %d)\n%+v", trial, opt, sol.Matched, sol.Total, wantN, wantT, p)
			}
		}
	}
}

// Every generated family on every scale, small enough for brute force.
func TestSolveFamiliesMatchBruteForce(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for trial := 0; trial < 3000; trial++ {
		kind, scale := Kinds[trial%len(Kinds)], []int32{100, 10000, 1000000}[trial/len(Kinds)%3]
		p, err := GenerateScaled(kind, 1+r.IntN(6), 1+r.IntN(4), int32(r.IntN(3)), scale, uint64(trial))
		if err != nil {
			t.Fatal(err)
		}
		wantN, wantT := bruteForce(p)
		sol, err := Solve(p)
		if err != nil {
			t.Fatalf("trial %d: %v\n%+v", trial, err, p)
		}
		checkFeasible(t, p, sol)
		if sol.Matched != wantN || sol.Total != wantT {
			t.Fatalf("trial %d %s 0–%d: got (%d, %d), want (%d, %d)\n%+v", trial, kind, scale, sol.Matched, sol.Total, wantN, wantT, p)
		}
	}
}

// On instances too large for brute force, small candidate sets (many dual
// check rounds, warm starts) must reach the same optimum as the full graph,
// which the augmenting-path solver handles exactly on its own.
func TestSolveCandidateRoundsMatchFullGraph(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	rounds := 0
	for trial := 0; trial < 300; trial++ {
		kind, scale := Kinds[trial%len(Kinds)], []int32{100, 10000, 1000000}[trial/len(Kinds)%3]
		n, m := 1+r.IntN(80), 1+r.IntN(40)
		p, err := GenerateScaled(kind, n, m, int32(r.IntN(4)), scale, uint64(trial))
		if err != nil {
			t.Fatal(err)
		}
		for k := range p.Dense {
			if r.IntN(4) == 0 {
				p.Dense[k] /= 10 // more ties
			}
		}
		full, err := solve(p, options{kRow: m, kCol: 1, grow: 1})
		if err != nil {
			t.Fatal(err)
		}
		small, err := solve(p, options{kRow: 1, kCol: 1, grow: 1})
		if err != nil {
			t.Fatal(err)
		}
		checkFeasible(t, p, small)
		if small.Matched != full.Matched || small.Total != full.Total {
			t.Fatalf("trial %d %s %dx%d: small sets (%d, %d), full graph (%d, %d)", trial, kind, n, m, small.Matched, small.Total, full.Matched, full.Total)
		}
		rounds += small.Rounds
	}
	if rounds < 600 {
		t.Fatalf("only %d rounds in 300 trials: the growth path is not exercised", rounds)
	}
}
