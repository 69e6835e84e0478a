package matching

// Report is what an assignment achieves, so a coordinator can weigh the objectives before
// publishing: how many are matched, the total and the lowest score, how the scores spread and
// how many pairs would rather be together.
type Report struct {
	Matched int   `json:"matched"`
	Total   int64 `json:"total"`
	// Lowest is the lowest score of a matched pair, −1 when nobody is matched.
	Lowest int32 `json:"lowest"`
	// Distribution counts the matched pairs per tenth of the score scale: [0] scores below
	// scale/10, …, [9] from 9·scale/10 up to the scale.
	Distribution [10]int `json:"distribution"`
	// BlockingPairs counts the allowed, non-excluded pairs not in the assignment whose mentee
	// and mentor both strictly prefer each other (a higher score than their own pair, or a
	// free seat or no mentor at all). Locked pairs are fixed: their mentees never block, and
	// a mentor compares only the mentees the assignment gave them beside the locked ones.
	BlockingPairs int `json:"blocking_pairs"`
}

// Evaluate reports on sol, an assignment of p; scale is the top of the score scale (100 for
// the portal's scores) that the distribution divides in tenths.
func Evaluate(p *Problem, sol *Solution, scale int32) Report {
	r := Report{Matched: sol.Matched, Total: sol.Total, Lowest: -1}
	for _, a := range sol.Pairs {
		if r.Lowest < 0 || a.Score < r.Lowest {
			r.Lowest = a.Score
		}
		r.Distribution[decile(a.Score, scale)]++
	}
	r.BlockingPairs = blockingPairs(p, sol)
	return r
}

// Tenth is one tenth of the score scale that holds pairs: scores From to To (both included)
// and how many pairs scored there.
type Tenth struct{ From, To, Count int }

// Tenths lists the tenths of Distribution that hold pairs, highest first, with the bounds of
// scores on scale (the one Evaluate divided), as the console and match plan show them.
func (r Report) Tenths(scale int) []Tenth {
	var out []Tenth
	for k := len(r.Distribution) - 1; k >= 0; k-- {
		if n := r.Distribution[k]; n > 0 {
			from, to := k*scale/10, (k+1)*scale/10-1
			if k == len(r.Distribution)-1 {
				to = scale
			}
			out = append(out, Tenth{from, to, n})
		}
	}
	return out
}

func decile(score, scale int32) int {
	if scale <= 0 {
		return 9
	}
	return int(min(max(int64(score)*10/int64(scale), 0), 9))
}

// blockingPairs counts the pairs of Report.BlockingPairs, one pass over the allowed pairs.
func blockingPairs(p *Problem, sol *Solution) int {
	src, seats, excluded := p.freeSeats()
	own := make([]int32, p.Mentees) // the mentee's score, −1 alone
	mentorOf := make([]int, p.Mentees)
	worst := make([]int32, p.Mentors()) // the mentor's lowest unlocked score
	for i := range own {
		own[i], mentorOf[i] = -1, -1
	}
	for j := range worst {
		worst[j] = -1
	}
	locked := make(map[int]bool, len(p.Locked))
	for _, l := range p.Locked {
		locked[l.Mentee] = true
	}
	for _, a := range sol.Pairs {
		own[a.Mentee], mentorOf[a.Mentee] = a.Score, a.Mentor
		if !locked[a.Mentee] {
			seats[a.Mentor]--
			if worst[a.Mentor] < 0 || a.Score < worst[a.Mentor] {
				worst[a.Mentor] = a.Score
			}
		}
	}
	count := 0
	for i := 0; i < p.Mentees; i++ {
		if locked[i] {
			continue
		}
		cols, scores := src.row(i)
		for k, s := range scores {
			j := k
			if cols != nil {
				j = int(cols[k])
			}
			if s < 0 || j == mentorOf[i] || excluded[Pair{i, j}] || s <= own[i] {
				continue
			}
			if seats[j] > 0 || worst[j] >= 0 && s > worst[j] {
				count++
			}
		}
	}
	return count
}
