package matching

import (
	"cmp"
	"math"
	"slices"
)

// The warm start of the assigner: the order mentees are placed in, the
// sink's potential lambda lowered as the expensive mentors fill, and the
// duals shifted back so that the sink's potential is 0.

// placeAll places the given mentees in order. Every so often it lowers
// lambda to the highest price of a mentor with a free seat (bounded by the
// duals of the mentees placed, whose unmatched option costs unmatched):
// with warm prices and mentees placed roughly by their mentor's price, the
// seats still free are the cheaper ones, and a sink just above them keeps
// the cost of ending a path at a free seat small, so searches stay short.
func (a *assigner) placeAll(order []int32) {
	a.maxDual = math.MinInt64
	for j, p := range a.price {
		if a.capLeft[j] > 0 {
			a.free.push(-p, int32(j))
		}
	}
	for _, i := range order {
		a.place(i)
		a.lowerSink()
	}
}

// lowerSink sets lambda to the highest price of a mentor with a free seat,
// or the highest dual less the unmatched cost if that is higher. The
// free-seat prices sit in a max-heap (keys negated) with stale entries
// dropped here: mentors that filled up, or whose price rose since.
func (a *assigner) lowerSink() {
	for len(a.free.d) > 0 {
		j := a.free.j[0]
		if a.used[j] < a.capLeft[j] && -a.free.d[0] == a.price[j] {
			break
		}
		a.free.pop()
	}
	base := a.unmatched - a.lambda
	floor := a.maxDual - base
	if len(a.free.d) > 0 {
		floor = max(floor, -a.free.d[0])
	}
	if floor < a.lambda {
		a.lambda, a.unmatched = floor, base+floor
	}
}

// certificate returns the duals shifted so that the sink's potential is 0:
// mentee duals minus lambda, mentor prices minus lambda and at least 0 (a
// mentor nobody chose may have started below lambda; raising its price only
// raises the reduced costs of pairs that are not chosen). When no mentee is
// left unmatched, lambda may rise up to the lowest price of a chosen mentor,
// which keeps the prices as small as they can be.
func (a *assigner) certificate(active []bool) (dual, price []int64) {
	lambda, raise := a.lambda, int64(infinity)
	for i, j := range a.mentor {
		if j < 0 && active[i] {
			raise = lambda
		}
	}
	for j, p := range a.price {
		if a.used[j] > 0 {
			raise = min(raise, p)
		}
	}
	if raise != infinity {
		lambda = max(lambda, raise)
	}
	dual, price = make([]int64, len(a.dual)), make([]int64, len(a.price))
	for i, u := range a.dual {
		dual[i] = u - lambda
	}
	for j, p := range a.price {
		price[j] = max(p-lambda, 0)
	}
	return dual, price
}

// placementOrder lists the active mentees by decreasing price of the mentor
// a previous solve gave them (nil: in index order), unmatched ones last,
// for placeAll.
func placementOrder(active []bool, prev *assigner) []int32 {
	order := make([]int32, 0, len(active))
	for i, ok := range active {
		if ok {
			order = append(order, int32(i))
		}
	}
	if prev == nil {
		return order
	}
	key := func(i int32) int64 {
		if j := prev.mentor[i]; j >= 0 {
			return prev.price[j]
		}
		return math.MinInt64
	}
	slices.SortStableFunc(order, func(x, y int32) int { return cmp.Compare(key(y), key(x)) })
	return order
}

// leftShort reports whether an active mentee with candidates was left
// unmatched: its dual, and the prices of the mentors it wanted, are then the
// cost of leaving a mentee unmatched rather than a difference of scores.
func (a *assigner) leftShort(active []bool) bool {
	for i, j := range a.mentor {
		if j < 0 && active[i] && a.g.start[i+1] > a.g.start[i] {
			return true
		}
	}
	return false
}
