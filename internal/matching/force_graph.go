package matching

import (
	"container/heap"
	"fmt"
)

// forceGraph is the residual graph of an optimal assignment: mentees 0…n−1, mentors n…n+m−1
// and the sink n+m, reached by a mentee left alone or a mentor's free seat.
type forceGraph struct {
	p         *Problem
	src       *source
	cert      *Certificate
	mentor    []int // each mentee's mentor in the solution, −1 alone
	menteesOf [][]int
	seats     []int32 // beside the locked pairs
	locked    []bool
	excluded  map[Pair]bool
	dist      []int64 // the search's tentative distances, −1 not reached
}

func newForceGraph(p *Problem, sol *Solution) *forceGraph {
	src, seats, excluded := p.freeSeats()
	g := &forceGraph{p: p, src: src, cert: &sol.Certificate, mentor: make([]int, p.Mentees),
		menteesOf: make([][]int, p.Mentors()), seats: seats, locked: make([]bool, p.Mentees), excluded: excluded}
	for k := range g.mentor {
		g.mentor[k] = -1
	}
	for _, l := range p.Locked {
		g.locked[l.Mentee] = true
	}
	for _, a := range sol.Pairs {
		g.mentor[a.Mentee] = a.Mentor
		if !a.Locked {
			g.menteesOf[a.Mentor] = append(g.menteesOf[a.Mentor], a.Mentee)
		}
	}
	return g
}

func (g *forceGraph) check(i, j int) error {
	switch {
	case i < 0 || i >= g.p.Mentees || j < 0 || j >= g.p.Mentors():
		return fmt.Errorf("force: pair (%d, %d) out of range", i, j)
	case g.locked[i]:
		if g.mentor[i] != j {
			return ErrCannotForce
		}
	case g.src.score(i, j) < 0, g.excluded[Pair{i, j}], g.seats[j] <= 0:
		return ErrCannotForce
	}
	return nil
}

// reduced is the reduced cost of the arc mentee k → mentor b (potentials: −dual for mentees,
// −price for mentors, 0 for the sink).
func (g *forceGraph) reduced(k, b int, s int32) int64 {
	return g.cert.MaxScore - int64(s) + g.cert.MentorPrice[b] - g.cert.MenteeDual[k]
}

// shortestPath returns the nodes of the cheapest residual path from mentor j to mentee i,
// j first, i last. Mentee rows reach every mentor, so mentors keep their tentative distance in
// an array scanned for the nearest (as the Hungarian method does) instead of a heap push per
// improvement; mentees and the sink, reached through few arcs, go through a heap.
func (g *forceGraph) shortestPath(i, j int) ([]int, error) {
	n, m := g.p.Mentees, g.p.Mentors()
	sink := n + m
	g.dist = make([]int64, n+m+1)
	dist := g.dist
	pred := make([]int, n+m+1)
	done := make([]bool, n+m+1)
	for v := range dist {
		dist[v], pred[v] = -1, -1
	}
	q := &forceQueue{}
	relax := func(from, to int, d int64) error {
		if d < dist[from] {
			return fmt.Errorf("force: negative reduced cost from node %d to %d", from, to)
		}
		if dist[to] < 0 || d < dist[to] {
			dist[to], pred[to] = d, from
			if to < n || to == sink {
				heap.Push(q, forceItem{to, d})
			}
		}
		return nil
	}
	dist[n+j] = 0
	for {
		v := g.nearestMentor(dist, done)
		for q.Len() > 0 && (done[(*q)[0].node] || (*q)[0].dist != dist[(*q)[0].node]) {
			heap.Pop(q)
		}
		if q.Len() > 0 && (v < 0 || (*q)[0].dist < dist[v]) {
			v = heap.Pop(q).(forceItem).node
		}
		if v < 0 {
			return nil, ErrCannotForce
		}
		done[v] = true
		if v == i {
			break
		}
		if err := g.arcsFrom(v, dist[v], i, sink, relax); err != nil {
			return nil, err
		}
	}
	var path []int
	for v := i; v != -1; v = pred[v] {
		path = append([]int{v}, path...)
	}
	return path, nil
}

// nearestMentor is the mentor node not yet done with the smallest tentative distance, −1 when
// none is reached.
func (g *forceGraph) nearestMentor(dist []int64, done []bool) int {
	n, best := g.p.Mentees, -1
	for v := n; v < n+g.p.Mentors(); v++ {
		if !done[v] && dist[v] >= 0 && (best < 0 || dist[v] < dist[best]) {
			best = v
		}
	}
	return best
}

// arcsFrom relaxes the residual arcs out of node v, at distance d.
func (g *forceGraph) arcsFrom(v int, d int64, forced, sink int, relax func(from, to int, d int64) error) error {
	n, c := g.p.Mentees, g.cert
	switch {
	case v == sink:
		for k := 0; k < n; k++ {
			if g.mentor[k] < 0 && !g.locked[k] {
				if err := relax(v, k, d+c.MenteeDual[k]-c.Unmatched); err != nil {
					return err
				}
			}
		}
		for b, ks := range g.menteesOf {
			if len(ks) > 0 {
				if err := relax(v, n+b, d+c.MentorPrice[b]); err != nil {
					return err
				}
			}
		}
	case v >= n: // a mentor gives up one of its mentees, or a free seat
		b := v - n
		for _, k := range g.menteesOf[b] {
			if err := relax(v, k, d-g.reduced(k, b, g.src.score(k, b))); err != nil {
				return err
			}
		}
		if int32(len(g.menteesOf[b])) < g.seats[b] {
			return relax(v, sink, d-c.MentorPrice[b])
		}
	case !g.locked[v] && v != forced: // a mentee moves to another mentor or is left alone
		cols, scores := g.src.row(v)
		for k, s := range scores {
			b := k
			if cols != nil {
				b = int(cols[k])
			}
			if s < 0 || b == g.mentor[v] || g.seats[b] <= 0 {
				continue
			}
			to, dt := n+b, d+g.reduced(v, b, s)
			if dist := g.dist[to]; dist >= 0 && dt >= dist || len(g.excluded) > 0 && g.excluded[Pair{v, b}] {
				continue // no shorter: skip the map lookup and the call
			}
			if err := relax(v, to, dt); err != nil {
				return err
			}
		}
		if g.mentor[v] >= 0 {
			return relax(v, sink, d+c.Unmatched-c.MenteeDual[v])
		}
	}
	return nil
}

type forceItem struct {
	node int
	dist int64
}

// forceQueue is the Dijkstra search's binary heap, nearest node first.
type forceQueue []forceItem

func (q forceQueue) Len() int           { return len(q) }
func (q forceQueue) Less(a, b int) bool { return q[a].dist < q[b].dist }
func (q forceQueue) Swap(a, b int)      { q[a], q[b] = q[b], q[a] }
func (q *forceQueue) Push(x any)        { *q = append(*q, x.(forceItem)) }
func (q *forceQueue) Pop() any {
	old := *q
	it := old[len(old)-1]
	*q = old[:len(old)-1]
	return it
}
