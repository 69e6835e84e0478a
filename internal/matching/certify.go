package matching

import (
	"fmt"
	"math"
)

// pricing holds what the proof of optimality needs about the free part of a
// problem (the mentees not locked in).
type pricing struct {
	src      *source
	active   []bool
	capLeft  []int32
	excluded map[Pair]bool
	maxScore int64
	cert     Certificate
}

// violations scans every allowed pair of every active mentee and returns,
// per mentee, up to limit pairs with a negative reduced cost, most negative
// first kept. None means the dual prices are feasible for the whole problem.
// Mentors without seats are skipped: their capacity constraint lets their
// price be as high as needed.
func (pr *pricing) violations(limit int) (map[int][]cand, int) {
	price := make([]int64, len(pr.capLeft))
	for j, c := range pr.capLeft {
		price[j] = pr.cert.MentorPrice[j]
		if c == 0 {
			price[j] = math.MaxInt64 / 2
		}
	}
	found, count := map[int][]cand{}, 0
	worst := bestK{k: limit}
	for i, ok := range pr.active {
		if !ok {
			continue
		}
		worst.items = worst.items[:0]
		t := pr.cert.MenteeDual[i] - pr.maxScore
		// Ties keep the first pair seen: each mentee starts its scan at its
		// own offset so that, on coarse scores, the mentees short of a
		// mentor spread over the free seats instead of all naming the
		// lowest-numbered mentors.
		cols, scores := pr.src.row(i)
		from := 0
		if len(scores) > 0 {
			from = int((uint64(i) * 0x9E3779B97F4A7C15 >> 32) % uint64(len(scores)))
		}
		pr.scan(&worst, i, t, price, cols, scores, from, len(scores))
		pr.scan(&worst, i, t, price, cols, scores, 0, from)
		if len(worst.items) > 0 {
			found[i] = worst.cands()
			count += len(worst.items)
		}
	}
	return found, count
}

// scan offers the violating pairs among mentee i's pairs from..to.
func (pr *pricing) scan(worst *bestK, i int, t int64, price []int64, cols, scores []int32, from, to int) {
	if cols == nil {
		for j, s := range scores[from:to] {
			j += from
			if price[j]-int64(s) < t && s >= 0 {
				pr.offer(worst, i, j, s, t-price[j]+int64(s))
			}
		}
		return
	}
	for k, s := range scores[from:to] {
		j := cols[from+k]
		if price[j]-int64(s) < t {
			pr.offer(worst, i, int(j), s, t-price[j]+int64(s))
		}
	}
}

func (pr *pricing) offer(worst *bestK, i, j int, s int32, depth int64) {
	if depth <= worst.floor() || pr.excluded != nil && pr.excluded[Pair{i, j}] {
		return
	}
	worst.offer(cand{int32(j), s}, depth)
}

// checkPrimal verifies the assignment and the complementary slackness
// conditions of the certificate; with violations() finding nothing, they
// prove the assignment optimal.
func (pr *pricing) checkPrimal(mentor []int32) error {
	c := &pr.cert
	used := make([]int32, len(pr.capLeft))
	for i, ok := range pr.active {
		if !ok {
			continue
		}
		u := c.MenteeDual[i]
		if u > c.Unmatched {
			return fmt.Errorf("mentee %d: dual %d above the unmatched cost %d", i, u, c.Unmatched)
		}
		j := int(mentor[i])
		if j < 0 {
			if u != c.Unmatched {
				return fmt.Errorf("mentee %d: unmatched but dual %d is not tight", i, u)
			}
			continue
		}
		s := pr.src.score(i, j)
		if s < 0 || (pr.excluded != nil && pr.excluded[Pair{i, j}]) {
			return fmt.Errorf("mentee %d: assigned to forbidden mentor %d", i, j)
		}
		if pr.maxScore-int64(s)+c.MentorPrice[j]-u != 0 {
			return fmt.Errorf("mentee %d, mentor %d: chosen pair not tight", i, j)
		}
		used[j]++
	}
	for j, p := range c.MentorPrice {
		switch {
		case used[j] > pr.capLeft[j]:
			return fmt.Errorf("mentor %d: %d mentees for %d seats", j, used[j], pr.capLeft[j])
		case p < 0, p > 0 && used[j] < pr.capLeft[j]:
			return fmt.Errorf("mentor %d: price %d with %d of %d seats used", j, p, used[j], pr.capLeft[j])
		}
	}
	return nil
}
