package matching

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// Two mentees who both rank mentor 0 first: the objectives disagree, and the report shows how.
func TestObjectivesTradeOff(t *testing.T) {
	p := &Problem{Mentees: 2, Capacity: []int32{1, 1}, Dense: []int32{90, 50, 80, 10}}
	for _, c := range []struct {
		objective string
		want      Report
	}{
		{ObjectiveTotal, Report{Matched: 2, Total: 130, Lowest: 50, Distribution: [10]int{5: 1, 8: 1}, BlockingPairs: 1}},
		{ObjectiveFairest, Report{Matched: 2, Total: 130, Lowest: 50, Distribution: [10]int{5: 1, 8: 1}, BlockingPairs: 1}},
		{ObjectiveStable, Report{Matched: 2, Total: 100, Lowest: 10, Distribution: [10]int{1: 1, 9: 1}, BlockingPairs: 0}},
	} {
		sol, err := SolveFor(p, c.objective)
		if err != nil {
			t.Fatal(err)
		}
		if got := Evaluate(p, sol, 100); got != c.want {
			t.Errorf("%s: %+v, want %+v", c.objective, got, c.want)
		}
	}
	if _, err := SolveFor(p, "cheapest"); err == nil {
		t.Error("an unknown objective was accepted")
	}
}

// The fairest objective gives up total for the worst-off mentee.
func TestFairestRaisesTheLowestScore(t *testing.T) {
	// The highest total (100 + 10) leaves mentee 1 with 10; the fairest gives mentee 1 mentor 0
	// (60) and mentee 0 mentor 1 (40): a lower total, nobody below 40.
	p := &Problem{Mentees: 2, Capacity: []int32{1, 1}, Dense: []int32{100, 40, 60, 10}}
	total, _ := Solve(p)
	fair, err := SolveFairest(p)
	if err != nil {
		t.Fatal(err)
	}
	if lowest := Evaluate(p, fair, 100).Lowest; total.Total != 110 || fair.Total != 100 || lowest != 40 {
		t.Fatalf("totals %d and %d, lowest %d", total.Total, fair.Total, lowest)
	}
}

// Scores beyond the counting sort's range are ordered the same way, ties kept in order.
func TestByScoreDescendingOnLargeScores(t *testing.T) {
	small := []Arc{{0, 0, 5}, {0, 1, 7}, {1, 0, 5}, {1, 1, 0}, {2, 0, 7}}
	large := make([]Arc, len(small))
	for k, a := range small {
		large[k] = Arc{a.Mentee, a.Mentor, a.Score * 100000}
	}
	want := []uint32{1, 4, 0, 2, 3}
	if got := byScoreDescending(small); !slices.Equal(got, want) {
		t.Errorf("small scores: %v, want %v", got, want)
	}
	if got := byScoreDescending(large); !slices.Equal(got, want) {
		t.Errorf("large scores: %v, want %v", got, want)
	}
}

// The report's blocking pairs equal a count pair by pair, straight from their definition, for
// every feasible assignment of small random instances (not only the objectives' answers).
func TestBlockingPairsMatchTheirDefinition(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	for trial := 0; trial < 1500; trial++ {
		p := randomProblem(r)
		src := newSource(p)
		locked := map[int]bool{}
		for _, l := range p.Locked {
			locked[l.Mentee] = true
		}
		excluded := map[Pair]bool{}
		for _, e := range p.Excluded {
			excluded[e] = true
		}
		assignments(p, func(mentor []int) {
			sol, want := &Solution{}, 0
			for i, j := range mentor {
				if j >= 0 {
					s := src.score(i, j)
					sol.Pairs = append(sol.Pairs, Assigned{Mentee: i, Mentor: j, Score: s, Locked: locked[i]})
					sol.Matched, sol.Total = sol.Matched+1, sol.Total+int64(s)
				}
			}
			for i := range mentor {
				for j := range p.Capacity {
					s := src.score(i, j)
					if locked[i] || s < 0 || excluded[Pair{i, j}] || mentor[i] == j || mentor[i] >= 0 && s <= src.score(i, mentor[i]) {
						continue
					}
					held, wants := 0, false
					for k, jj := range mentor {
						if jj == j {
							held++
							wants = wants || !locked[k] && src.score(k, j) < s
						}
					}
					if wants || held < int(p.Capacity[j]) {
						want++
					}
				}
			}
			if got := Evaluate(p, sol, 100).BlockingPairs; got != want {
				t.Fatalf("trial %d: %d blocking pairs reported, %d by definition for %v\n%+v", trial, got, want, mentor, p)
			}
		})
	}
}
