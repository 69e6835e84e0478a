package matching

// source gives row-by-row access to a problem's allowed pairs: a dense row
// (every mentor, Forbidden where not allowed) or a sparse row (mentor
// indexes and scores). The hot scans switch on the representation once per
// row so their inner loops stay free of calls.
type source struct {
	n, m   int
	dense  []int32
	start  []int
	cols   []int32
	scores []int32
}

func newSource(p *Problem) *source {
	s := &source{n: p.Mentees, m: p.Mentors(), dense: p.Dense}
	if p.Dense != nil {
		return s
	}
	s.start = make([]int, s.n+1)
	for _, a := range p.Sparse {
		s.start[a.Mentee+1]++
	}
	for i := 0; i < s.n; i++ {
		s.start[i+1] += s.start[i]
	}
	s.cols = make([]int32, len(p.Sparse))
	s.scores = make([]int32, len(p.Sparse))
	next := append([]int(nil), s.start[:s.n]...)
	for _, a := range p.Sparse {
		k := next[a.Mentee]
		s.cols[k], s.scores[k] = a.Mentor, a.Score
		next[a.Mentee]++
	}
	return s
}

// row returns mentee i's pairs: cols is nil for a dense row, where the
// mentor is the index into scores.
func (s *source) row(i int) (cols, scores []int32) {
	if s.dense != nil {
		return nil, s.dense[i*s.m : (i+1)*s.m]
	}
	return s.cols[s.start[i]:s.start[i+1]], s.scores[s.start[i]:s.start[i+1]]
}

// score returns the score of pair (i, j), or Forbidden.
func (s *source) score(i, j int) int32 {
	cols, scores := s.row(i)
	if cols == nil {
		return scores[j]
	}
	for k, c := range cols {
		if int(c) == j {
			return scores[k]
		}
	}
	return Forbidden
}
