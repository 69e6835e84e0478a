package matching

import "testing"

// TestViolationsSpreadTies: mentees left unmatched, every pair scoring the
// same, every mentor free: the pairs the dual check adds name many mentors,
// not the same lowest-numbered few for everyone (which kept a crowded
// area's overflow from reaching the free seats for several rounds).
func TestViolationsSpreadTies(t *testing.T) {
	const n, m, limit = 200, 100, 2
	p := &Problem{Mentees: n, Capacity: make([]int32, m), Dense: make([]int32, n*m)}
	for j := range p.Capacity {
		p.Capacity[j] = 1
	}
	for k := range p.Dense {
		p.Dense[k] = 50
	}
	pr := &pricing{src: newSource(p), active: make([]bool, n), capLeft: p.Capacity, maxScore: 100,
		cert: Certificate{MenteeDual: make([]int64, n), MentorPrice: make([]int64, m)}}
	for i := range pr.active {
		pr.active[i], pr.cert.MenteeDual[i] = true, 1000
	}
	found, count := pr.violations(limit)
	if count != n*limit {
		t.Fatalf("%d violating pairs, want %d", count, n*limit)
	}
	named := map[int32]bool{}
	for _, cs := range found {
		for _, c := range cs {
			named[c.other] = true
		}
	}
	if len(named) < m/2 {
		t.Errorf("the added pairs name %d mentors of %d, want at least %d", len(named), m, m/2)
	}
}
