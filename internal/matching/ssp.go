package matching

// assigner solves the candidate graph exactly by successive shortest
// augmenting paths (Hungarian method with potentials), one mentee at a time.
// Mentors are single nodes with a number of seats, not one node per seat.
// Each mentee also has a private "unmatched" option of cost unmatched, so
// every mentee is always placed and later paths may unseat earlier ones.
//
// It is min-cost flow with a sink behind every mentor seat and every
// "unmatched" option. The sink has potential lambda, the highest starting
// price: a seat left free costs lambda − price[j] ≥ 0 to end a path at, so
// any starting prices (a warm start) keep every reduced cost ≥ 0.
//
// Invariants after each mentee: every candidate arc has reduced cost
// cost + price[j] − dual[i] ≥ 0, chosen arcs have 0, dual[i] ≤
// unmatched + lambda with equality for unmatched mentees, mentors with a
// free seat have price ≤ lambda and mentors with a mentee ≥ lambda. Shifting
// by lambda (certificate) gives the LP optimality conditions.
type assigner struct {
	g          *graph
	capLeft    []int32
	unmatched  int64 // cost of the unmatched option, plus lambda
	lambda     int64
	maxDual    int64   // highest mentee dual so far
	free       colHeap // mentors with a free seat by price (see lowerSink)
	seatMentor []int32 // the auction's owner of each slot
	dual       []int64 // per mentee
	price      []int64 // per mentor
	mentor     []int32 // per mentee: chosen mentor, or −1
	slotStart  []int32 // mentor j's mentees are slots[slotStart[j] : slotStart[j]+used[j]]
	used       []int32
	slots      []int32

	dist    []int64
	pred    []int32
	final   []bool
	touched []int32
	done    []int32
	heap    colHeap
}

// newAssigner starts from the given mentor prices (nil for all zero).
func newAssigner(g *graph, capLeft []int32, unmatched int64, prices []int64) *assigner {
	n, m := len(g.start)-1, len(capLeft)
	a := &assigner{g: g, capLeft: capLeft, unmatched: unmatched,
		dual: make([]int64, n), price: make([]int64, m), mentor: make([]int32, n),
		slotStart: make([]int32, m+1), used: make([]int32, m),
		dist: make([]int64, m), pred: make([]int32, m), final: make([]bool, m)}
	// A mentor never holds more mentees than it has candidate pairs, so
	// seats beyond that need no slot (capacities may be huge).
	seats := make([]int32, m)
	for _, j := range g.col {
		seats[j] = min(seats[j]+1, capLeft[j])
	}
	for j, c := range seats {
		a.slotStart[j+1] = a.slotStart[j] + c
	}
	a.slots = make([]int32, a.slotStart[m])
	copy(a.price, prices)
	for _, p := range prices {
		a.lambda = max(a.lambda, p)
	}
	a.unmatched += a.lambda
	for i := range a.mentor {
		a.mentor[i] = -1
	}
	for j := range a.dist {
		a.dist[j] = infinity
	}
	return a
}

// search state of one augmentation: the cheapest way found so far to end
// the path, at a mentor with a free seat (col ≥ 0) or by leaving mentee row
// unmatched (col = −1).
type ending struct {
	d        int64
	col, row int32
}

// place adds mentee i by the cheapest augmenting path and updates the duals.
func (a *assigner) place(i int32) {
	end := ending{d: a.unmatched, col: -1, row: i}
	a.relax(i, 0, &end)
	for len(a.heap.d) > 0 {
		d, j := a.heap.pop()
		if d >= end.d {
			break
		}
		if a.final[j] || d != a.dist[j] {
			continue
		}
		a.final[j] = true
		a.done = append(a.done, j)
		for _, r := range a.slots[a.slotStart[j] : a.slotStart[j]+a.used[j]] {
			a.relax(r, d, &end)
		}
	}
	a.updateDuals(i, end.d)
	a.flip(i, end)
	a.reset()
}

// relax scans the arcs of mentee r, reached at distance d.
func (a *assigner) relax(r int32, d int64, end *ending) {
	base := d - a.dual[r]
	if t := base + a.unmatched; t < end.d {
		*end = ending{t, -1, r}
	}
	g := a.g
	for k := g.start[r]; k < g.start[r+1]; k++ {
		j := g.col[k]
		nd := base + g.cost[k] + a.price[j]
		if nd >= a.dist[j] || a.final[j] {
			continue
		}
		if a.dist[j] == infinity {
			a.touched = append(a.touched, j)
		}
		a.dist[j], a.pred[j] = nd, r
		if a.used[j] < a.capLeft[j] {
			slack := a.lambda - a.price[j]
			if nd+slack < end.d {
				*end = ending{nd + slack, j, r}
			}
			if slack == 0 {
				continue // nothing beyond j can end cheaper than j itself
			}
		}
		a.heap.push(nd, j)
	}
}

// updateDuals shifts the potentials of everything the search finalised so
// reduced costs stay non-negative and the chosen path becomes tight.
func (a *assigner) updateDuals(i int32, total int64) {
	a.dual[i] += total
	a.maxDual = max(a.maxDual, a.dual[i])
	for _, j := range a.done {
		delta := total - a.dist[j]
		a.price[j] += delta
		if a.used[j] < a.capLeft[j] {
			a.free.push(-a.price[j], j)
		}
		for _, r := range a.slots[a.slotStart[j] : a.slotStart[j]+a.used[j]] {
			a.dual[r] += delta
			a.maxDual = max(a.maxDual, a.dual[r])
		}
	}
}

// flip moves every mentee on the path one step along it.
func (a *assigner) flip(i int32, end ending) {
	target, r := end.col, end.row
	if target >= 0 {
		r = a.pred[target]
	}
	for {
		old := a.mentor[r]
		if old >= 0 {
			a.unseat(old, r)
		}
		if target >= 0 {
			a.slots[a.slotStart[target]+a.used[target]] = r
			a.used[target]++
		}
		a.mentor[r] = target
		if r == i {
			return
		}
		target, r = old, a.pred[old]
	}
}

func (a *assigner) unseat(j, r int32) {
	s := a.slots[a.slotStart[j] : a.slotStart[j]+a.used[j]]
	for k, x := range s {
		if x == r {
			s[k] = s[len(s)-1]
			break
		}
	}
	a.used[j]--
}

func (a *assigner) reset() {
	for _, j := range a.touched {
		a.dist[j] = infinity
	}
	for _, j := range a.done {
		a.final[j] = false
	}
	a.touched, a.done = a.touched[:0], a.done[:0]
	a.heap.d, a.heap.j = a.heap.d[:0], a.heap.j[:0]
}
