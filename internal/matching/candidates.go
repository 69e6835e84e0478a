package matching

import "math"

// cand is a candidate pair seen from one side: the other side's index and
// the pair's score.
type cand struct{ other, score int32 }

// ranked is a candidate with the key it competes on.
type ranked struct {
	cand
	key int64
}

// bestK keeps the k candidates with the highest keys in a min-heap.
type bestK struct {
	items []ranked
	k     int
}

// floor is the key a candidate must beat to enter.
func (b *bestK) floor() int64 {
	if len(b.items) < b.k {
		return math.MinInt64
	}
	return b.items[0].key
}

func (b *bestK) offer(c cand, key int64) {
	h := b.items
	if len(h) < b.k {
		h = append(h, ranked{c, key})
		for i := len(h) - 1; i > 0; {
			up := (i - 1) / 2
			if h[up].key <= h[i].key {
				break
			}
			h[up], h[i] = h[i], h[up]
			i = up
		}
		b.items = h
		return
	}
	if key <= h[0].key {
		return
	}
	h[0] = ranked{c, key}
	for i := 0; ; {
		l, small := 2*i+1, i
		if l < len(h) && h[l].key < h[small].key {
			small = l
		}
		if l+1 < len(h) && h[l+1].key < h[small].key {
			small = l + 1
		}
		if small == i {
			break
		}
		h[i], h[small] = h[small], h[i]
		i = small
	}
}

// scoreFloor is the score a candidate must reach to be offered.
func (b *bestK) scoreFloor() int32 {
	if len(b.items) < b.k {
		return 0
	}
	return int32(b.items[0].key >> 32)
}

// tieKey ranks a pair by score, then by a hash of the pair, so that among
// equal scores each side keeps a spread of partners rather than the lowest
// indexes (which would give every mentee the same few mentors).
func tieKey(score int32, i, j int) int64 {
	h := (uint64(i)<<32 | uint64(j)) * 0x9E3779B97F4A7C15
	return int64(score)<<32 | int64(h>>32)
}

// cands returns a copy of the kept candidates.
func (b *bestK) cands() []cand {
	out := make([]cand, len(b.items))
	for k, r := range b.items {
		out[k] = r.cand
	}
	return out
}

// selector finds each mentee's kRow best mentors and each mentor's kCol best
// mentees in one pass over the scores. The mentor side matters when scores
// are popularity-correlated: every mentee's best mentors are then the same
// few, but each mentor's best mentees are spread over everyone.
type selector struct {
	src      *source
	active   []bool
	capLeft  []int32
	excluded map[Pair]bool
	row      bestK
	cols     []bestK
	colFloor []int32
	maxScore int32
}

func (s *selector) allowed(i, j int) bool {
	return s.capLeft[j] > 0 && (s.excluded == nil || !s.excluded[Pair{i, j}])
}

// offer and offerCol check the full key (score, then tie hash) before the
// allowed test: most calls are ties that lose, and the test may hash a map.
func (s *selector) offer(i, j int, score int32) {
	key := tieKey(score, i, j)
	if key <= s.row.floor() || !s.allowed(i, j) {
		return
	}
	s.row.offer(cand{int32(j), score}, key)
}

func (s *selector) offerCol(i, j int, score int32) {
	key := tieKey(score, i, j)
	if key <= s.cols[j].floor() || !s.allowed(i, j) {
		return
	}
	s.cols[j].offer(cand{int32(i), score}, key)
	s.colFloor[j] = s.cols[j].scoreFloor()
}

// selectCandidates returns every active mentee's candidate mentors (the
// union of both sides' best lists) and the highest score seen.
func selectCandidates(src *source, active []bool, capLeft []int32, excluded map[Pair]bool, kRow, kCol int) ([][]cand, int32) {
	s := &selector{src: src, active: active, capLeft: capLeft, excluded: excluded,
		row: bestK{k: kRow, items: make([]ranked, 0, kRow)}, cols: make([]bestK, src.m), colFloor: make([]int32, src.m)}
	for j := range s.cols {
		s.cols[j].k = kCol
		if capLeft[j] == 0 {
			s.colFloor[j] = 1<<31 - 1
		}
	}
	out := make([][]cand, src.n)
	for i := 0; i < src.n; i++ {
		if active[i] {
			out[i] = s.scanRow(i)
		}
	}
	mergeColumns(out, s.cols)
	return out, s.maxScore
}

func (s *selector) scanRow(i int) []cand {
	s.row.items = s.row.items[:0]
	floor, maxScore, colFloor := int32(0), s.maxScore, s.colFloor
	cols, scores := s.src.row(i)
	if cols == nil {
		for j, sc := range scores {
			maxScore = max(maxScore, sc)
			if sc >= floor {
				s.offer(i, j, sc)
				floor = s.row.scoreFloor()
			}
			if sc >= colFloor[j] {
				s.offerCol(i, j, sc)
			}
		}
	} else {
		for k, sc := range scores {
			j := int(cols[k])
			maxScore = max(maxScore, sc)
			if sc >= floor {
				s.offer(i, j, sc)
				floor = s.row.scoreFloor()
			}
			if sc >= colFloor[j] {
				s.offerCol(i, j, sc)
			}
		}
	}
	s.maxScore = maxScore
	return s.row.cands()
}

// mergeColumns adds each mentor's best mentees to those mentees' lists,
// skipping pairs already there.
func mergeColumns(rows [][]cand, cols []bestK) {
	byRow := make([][]cand, len(rows))
	for j, b := range cols {
		for _, r := range b.items {
			c := r.cand
			byRow[c.other] = append(byRow[c.other], cand{int32(j), c.score})
		}
	}
	stamp := make([]int32, len(cols))
	for i, extra := range byRow {
		for _, c := range rows[i] {
			stamp[c.other] = int32(i) + 1
		}
		for _, c := range extra {
			if stamp[c.other] != int32(i)+1 {
				rows[i] = append(rows[i], c)
			}
		}
	}
}
