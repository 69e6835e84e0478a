package matching

import (
	"cmp"
	"fmt"
	"slices"
)

// mergeSolutions puts the parts' answers and duals back in global indexes.
// A mentee in no part has no allowed pair: unmatched, dual at the unmatched
// cost; a mentor in no part keeps price 0.
func mergeSolutions(p *Problem, parts []*component, sols []*Solution, opt options) (*Solution, error) {
	sol := &Solution{Optimal: true, Certificate: Certificate{MaxScore: opt.maxScore, Unmatched: opt.unmatched,
		MenteeDual: make([]int64, p.Mentees), MentorPrice: make([]int64, p.Mentors())}}
	cert := &sol.Certificate
	reason := make([]string, p.Mentees)
	for i := range reason {
		reason[i] = ReasonNoAllowedMentor
		cert.MenteeDual[i] = opt.unmatched
	}
	for c, part := range parts {
		s := sols[c]
		for _, a := range s.Pairs {
			a.Mentee, a.Mentor = int(part.mentees[a.Mentee]), int(part.mentors[a.Mentor])
			sol.Pairs = append(sol.Pairs, a)
			sol.Total += int64(a.Score)
			reason[a.Mentee] = ""
		}
		for _, u := range s.Unmatched {
			reason[part.mentees[u.Mentee]] = u.Reason
		}
		for k, i := range part.mentees {
			cert.MenteeDual[i] = s.Certificate.MenteeDual[k]
		}
		for k, j := range part.mentors {
			cert.MentorPrice[j] = s.Certificate.MentorPrice[k]
		}
		sol.Rounds = max(sol.Rounds, s.Rounds)
		sol.Candidates += s.Candidates
	}
	slices.SortFunc(sol.Pairs, func(x, y Assigned) int { return cmp.Compare(x.Mentee, y.Mentee) })
	for i, r := range reason {
		if r != "" {
			sol.Unmatched = append(sol.Unmatched, Unmatched{Mentee: i, Reason: r})
		}
	}
	sol.Matched = len(sol.Pairs)
	return sol, checkMerged(p, sol)
}

// checkMerged checks the merged duals over every allowed pair of the whole
// problem (the pairs of mentees locked in, and of mentors whose seats are
// all locked, are not the solver's to choose, as in each part): each part
// proved its own pairs, and no pair links two parts, so this cannot fail
// unless the merge itself is wrong.
func checkMerged(p *Problem, sol *Solution) error {
	c := &sol.Certificate
	excluded := make(map[Pair]bool, len(p.Excluded))
	for _, e := range p.Excluded {
		excluded[e] = true
	}
	locked := make(map[int32]bool, len(p.Locked))
	seats := append([]int32(nil), p.Capacity...)
	for _, l := range p.Locked {
		locked[int32(l.Mentee)] = true
		seats[l.Mentor]--
	}
	for _, a := range p.Sparse {
		if seats[a.Mentor] == 0 || len(locked) > 0 && locked[a.Mentee] ||
			len(excluded) > 0 && excluded[Pair{int(a.Mentee), int(a.Mentor)}] {
			continue
		}
		if c.MaxScore-int64(a.Score)+c.MentorPrice[a.Mentor]-c.MenteeDual[a.Mentee] < 0 {
			return fmt.Errorf("mentee %d, mentor %d: merged certificate violated", a.Mentee, a.Mentor)
		}
	}
	return nil
}
