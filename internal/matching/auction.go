package matching

// auction finds prices close to the optimal ones by an ε-scaling forward
// auction (Bertsekas): unassigned mentees bid for their cheapest mentor,
// raising the price of its cheapest seat by how much better it is than
// their second choice, plus ε. With ε divided by 4 at each phase, every
// mentee ends within 1 of its cheapest option. It is only a warm start: the
// exact solver then places mentees from these prices, and searches stay
// short because few pairs are out of place; without it, scores where every
// mentee wants the same mentors make each search cross the whole ladder of
// mentors. It returns nil when seats are too many per mentor to scan.
// Starting prices (from a previous round, nil for zero) skip the coarse
// phases.
func auction(g *graph, capLeft []int32, active []bool, maxScore int64, start []int64) *assigner {
	// Costs are multiplied by f so that the last phase's ε is small
	// against one point of score even on coarse scales.
	f := max(1, auctionRange/max(maxScore, 1))
	fine := &graph{start: g.start, col: g.col, cost: make([]int64, len(g.cost))}
	for k, c := range g.cost {
		fine.cost[k] = c * f
	}
	maxScore *= f
	a := newAssigner(fine, capLeft, 4*maxScore+4, nil)
	for j := range capLeft {
		if a.slotStart[j+1]-a.slotStart[j] > maxAuctionSeats {
			return nil
		}
	}
	seatPrice := make([]int64, len(a.slots))
	a.seatMentor = make([]int32, len(a.slots))
	for j := range capLeft {
		for k := a.slotStart[j]; k < a.slotStart[j+1]; k++ {
			a.seatMentor[k] = int32(j)
		}
	}
	queue := make([]int32, 0, len(active))
	// Bids are bounded so that a price war (many mentees for few seats)
	// cannot cost more than a few passes over the arcs: the prices reached
	// are still a valid start, only a less helpful one.
	budget := 16*len(g.col) + 1024
	eps, last := max(maxScore/4, 1), int64(1)
	if start != nil {
		// A previous round's prices are right to about one point of a
		// coarse scale, or a thousandth of a fine one: starting finer, a
		// price that must move a long way moves one unit a bid, and on
		// 0–10⁶ scores the budget ran out (10 s to solve a popular
		// instance instead of 0.5 s). The exact solver finishes from
		// here: phases finer than a sixteenth of a point rerun every bid
		// for little (a third of a 500 × 250 solve on coarse scores).
		eps, last = max(f, maxScore/1024), max(f/16, 1)
		for j, p := range start {
			for k := a.slotStart[j]; k < a.slotStart[j+1]; k++ {
				seatPrice[k] = p * f
			}
		}
	}
	for ; ; eps = max(eps/4, 1) {
		queue = queue[:0]
		for i, ok := range active {
			a.mentor[i] = -1
			if ok && g.start[i+1] > g.start[i] {
				queue = append(queue, int32(i))
			}
		}
		for k := range a.slots {
			a.slots[k] = -1
		}
		for len(queue) > 0 && budget > 0 {
			budget--
			i := queue[len(queue)-1]
			queue = queue[:len(queue)-1]
			if out := a.bid(i, seatPrice, eps); out >= 0 {
				queue = append(queue, out)
			}
		}
		if eps <= last || budget == 0 {
			break
		}
	}
	for j := range a.price {
		a.price[j] = cheapestSeat(seatPrice[a.slotStart[j]:a.slotStart[j+1]]) / f
	}
	return a
}

// auctionRange is the cost range the auction works on at least.
const auctionRange = 1 << 20

// maxAuctionSeats bounds the seats scanned for the cheapest one per bid.
const maxAuctionSeats = 16

// bid makes mentee i bid for its cheapest seat and returns the mentee it
// evicts, or −1.
func (a *assigner) bid(i int32, seatPrice []int64, eps int64) int32 {
	g := a.g
	best, second, bestSeat := a.unmatched, a.unmatched, int32(-1)
	for k := g.start[i]; k < g.start[i+1]; k++ {
		j := g.col[k]
		seats := seatPrice[a.slotStart[j]:a.slotStart[j+1]]
		if len(seats) == 0 {
			continue
		}
		s1, s2 := cheapestTwo(seats)
		c := g.cost[k] + seats[s1]
		s2 += g.cost[k]
		if c < best {
			second = min(best, s2)
			best, bestSeat = c, a.slotStart[j]+int32(s1)
		} else {
			second = min(second, c)
		}
	}
	if bestSeat < 0 {
		return -1 // unmatched is the cheapest
	}
	seatPrice[bestSeat] += second - best + eps
	out := a.slots[bestSeat]
	a.slots[bestSeat] = i
	if out >= 0 {
		a.mentor[out] = -1
	}
	a.mentor[i] = a.seatMentor[bestSeat]
	return out
}

// cheapestTwo returns the index of the cheapest seat and the price of the
// next cheapest (unbounded with a single seat).
func cheapestTwo(seats []int64) (int, int64) {
	first, second := 0, int64(infinity/4)
	for k := 1; k < len(seats); k++ {
		if seats[k] < seats[first] {
			first, second = k, min(second, seats[first])
		} else {
			second = min(second, seats[k])
		}
	}
	return first, second
}

func cheapestSeat(seats []int64) int64 {
	if len(seats) == 0 {
		return 0
	}
	k, _ := cheapestTwo(seats)
	return seats[k]
}
