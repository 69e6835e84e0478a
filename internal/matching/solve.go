package matching

// options size the candidate sets. They change the work done, never the
// answer: the dual check adds whatever the candidates missed.
type options struct {
	kRow, kCol int // best mentors kept per mentee, best mentees per mentor
	grow       int // violating pairs added per mentee in the first extra round
	// maxScore and unmatched, when unmatched > 0, fix the certificate's
	// constants: the components of a split problem share them.
	maxScore, unmatched int64
	splitFrom           int // sparse problems with this many pairs or more are split into parts
}

// grow is 16: when a crowded area's mentees overflow, each needs enough
// pairs outside it for the overflow to fit in one extra round; 8 left a
// few hundred pairs for two or three more rounds, each a full solve.
var defaultOptions = options{kRow: 3, kCol: 16, grow: 16, splitFrom: 1 << 16}

// Solve returns an assignment that matches as many mentees as possible and,
// among those, has the highest total score. The answer carries the dual
// certificate that was checked against every allowed pair before returning;
// an error means the problem is invalid (Validate) or, never expected, that
// the proof failed.
func Solve(p *Problem) (*Solution, error) {
	return solve(p, defaultOptions)
}

func solve(p *Problem, opt options) (*Solution, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	if opt.unmatched == 0 {
		if sol, err := solveSplit(p, opt); sol != nil || err != nil {
			return sol, err
		}
	}
	src := newSource(p)
	pr := &pricing{src: src, active: make([]bool, p.Mentees), capLeft: append([]int32(nil), p.Capacity...)}
	for i := range pr.active {
		pr.active[i] = true
	}
	for _, l := range p.Locked {
		pr.active[l.Mentee] = false
		pr.capLeft[l.Mentor]--
	}
	if len(p.Excluded) > 0 {
		pr.excluded = make(map[Pair]bool, len(p.Excluded))
		for _, e := range p.Excluded {
			pr.excluded[e] = true
		}
	}
	rows, maxScore := selectCandidates(src, pr.active, pr.capLeft, pr.excluded, opt.kRow, opt.kCol)
	pr.maxScore = int64(max(maxScore, 0))
	pr.setUnmatchedCost(rows)
	if opt.unmatched > 0 {
		pr.maxScore, pr.cert.MaxScore, pr.cert.Unmatched = opt.maxScore, opt.maxScore, opt.unmatched
	}
	noOption := make([]bool, p.Mentees)
	for i, r := range rows {
		noOption[i] = pr.active[i] && len(r) == 0
	}
	sol := &Solution{}
	a, err := pr.solveRounds(rows, opt.grow, sol)
	if err != nil {
		return nil, err
	}
	return pr.solution(p, a, noOption, sol), nil
}

// setUnmatchedCost picks the cost of leaving a mentee unmatched: more than
// any augmenting path can lose in score (it swaps at most K pairs, each
// worth at most maxScore), so one more match always beats any total. With
// at most MaxPeople (2^24) mentees and int32 scores it stays below 2^56,
// leaving room for the sums of the shortest-path search in int64.
func (pr *pricing) setUnmatchedCost(rows [][]cand) {
	var mentees, seats int64
	for _, r := range rows {
		if len(r) > 0 {
			mentees++
		}
	}
	for _, c := range pr.capLeft {
		seats += int64(c)
	}
	k := min(mentees, seats)
	pr.cert.MaxScore = pr.maxScore
	pr.cert.Unmatched = pr.maxScore + (k+1)*(pr.maxScore+1)
}

// solveRounds solves the candidate graph, checks the duals against every
// allowed pair and adds the violating pairs until none remain. Each round
// starts from the previous round's prices.
func (pr *pricing) solveRounds(rows [][]cand, grow int, sol *Solution) (*assigner, error) {
	var prices []int64
	var prev *assigner
	short := false
	for {
		sol.Rounds++
		g := buildGraph(rows, pr.maxScore)
		// After a round that left mentees unmatched for want of candidates
		// (a crowded area's mentees whose candidates are all in their
		// area), the mentors they wanted are priced at about the cost of
		// leaving a mentee unmatched. The auction only raises prices, so
		// from there it would push every other price up to that level, a
		// bid at a time, until its budget ran out (most of the clustered
		// family's time). The exact solver starts from any prices: it takes
		// the certificate's as they are.
		if !short {
			if warm := auction(g, pr.capLeft, pr.active, pr.maxScore, prices); warm != nil {
				prev, prices = warm, warm.price
			}
		}
		a := newAssigner(g, pr.capLeft, pr.cert.Unmatched, prices)
		a.placeAll(placementOrder(pr.active, prev))
		prev, short = a, a.leftShort(pr.active)
		pr.cert.MenteeDual, pr.cert.MentorPrice = a.certificate(pr.active)
		found, count := pr.violations(grow)
		if count == 0 {
			sol.Candidates = len(g.col)
			return a, pr.checkPrimal(a.mentor)
		}
		for i, extra := range found {
			rows[i] = append(rows[i], extra...)
		}
		grow *= 2
		prices = pr.cert.MentorPrice
	}
}

func (pr *pricing) solution(p *Problem, a *assigner, noOption []bool, sol *Solution) *Solution {
	sol.Optimal, sol.Certificate = true, pr.cert
	locked := make(map[int]int, len(p.Locked))
	for _, l := range p.Locked {
		locked[l.Mentee] = l.Mentor
	}
	for i := 0; i < p.Mentees; i++ {
		j, isLocked := locked[i]
		if !isLocked {
			j = int(a.mentor[i])
		}
		if j < 0 {
			reason := ReasonSeatsTaken
			if noOption[i] {
				reason = ReasonNoAllowedMentor
			}
			sol.Unmatched = append(sol.Unmatched, Unmatched{i, reason})
			continue
		}
		s := pr.src.score(i, j)
		sol.Pairs = append(sol.Pairs, Assigned{Mentee: i, Mentor: j, Score: s, Locked: isLocked})
		sol.Total += int64(s)
	}
	sol.Matched = len(sol.Pairs)
	return sol
}
