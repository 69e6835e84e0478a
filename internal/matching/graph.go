package matching

import "math"

// graph is the candidate set in compressed rows: mentee i's candidate
// mentors are col[start[i]:start[i+1]] with cost maxScore − score, so
// minimising cost maximises score.
type graph struct {
	start []int32
	col   []int32
	cost  []int64
}

func buildGraph(rows [][]cand, maxScore int64) *graph {
	g := &graph{start: make([]int32, len(rows)+1)}
	total := 0
	for _, r := range rows {
		total += len(r)
	}
	g.col, g.cost = make([]int32, 0, total), make([]int64, 0, total)
	for i, r := range rows {
		for _, c := range r {
			g.col = append(g.col, c.other)
			g.cost = append(g.cost, maxScore-int64(c.score))
		}
		g.start[i+1] = int32(len(g.col))
	}
	return g
}

// colHeap is a binary min-heap of (distance, mentor) with lazy deletion.
type colHeap struct {
	d []int64
	j []int32
}

func (h *colHeap) push(d int64, j int32) {
	h.d, h.j = append(h.d, d), append(h.j, j)
	for i := len(h.d) - 1; i > 0; {
		up := (i - 1) / 2
		if h.d[up] <= h.d[i] {
			break
		}
		h.d[up], h.d[i] = h.d[i], h.d[up]
		h.j[up], h.j[i] = h.j[i], h.j[up]
		i = up
	}
}

func (h *colHeap) pop() (int64, int32) {
	d, j := h.d[0], h.j[0]
	last := len(h.d) - 1
	h.d[0], h.j[0] = h.d[last], h.j[last]
	h.d, h.j = h.d[:last], h.j[:last]
	for i := 0; ; {
		l, small := 2*i+1, i
		if l < last && h.d[l] < h.d[small] {
			small = l
		}
		if l+1 < last && h.d[l+1] < h.d[small] {
			small = l + 1
		}
		if small == i {
			break
		}
		h.d[i], h.d[small] = h.d[small], h.d[i]
		h.j[i], h.j[small] = h.j[small], h.j[i]
		i = small
	}
	return d, j
}

const infinity = math.MaxInt64
