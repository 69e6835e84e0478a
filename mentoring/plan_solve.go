package mentoring

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/internal/matching"
	"github.com/mentorbase/mentorbase/kernel"
)

// loadProblem reads a coordinated programme (loadPlanInput) and makes the engine's problem of
// it, for the answers that store nothing (the comparison of the objectives, why not).
func loadProblem(app core.App, programID string) (*planInput, *matching.Problem, error) {
	in, err := loadPlanInput(app, programID)
	if err != nil {
		return nil, nil, err
	}
	problem, _, err := in.problem()
	return in, problem, err
}

// problem builds the engine's problem. A locked pair a must-have criterion forbids was
// assigned by hand: it stays allowed with its score of 0.
func (in *planInput) problem() (*matching.Problem, *matching.Scorer, error) {
	profiles := func(records []*core.Record) []matching.Profile {
		out := make([]matching.Profile, len(records))
		for k, r := range records {
			out[k] = Profile(r)
		}
		return out
	}
	scorer := matching.NewScorer(in.criteria, profiles(in.mentees), profiles(in.mentors))
	p := &matching.Problem{Mentees: len(in.mentees), Capacity: append([]int32(nil), in.seatsLeft...), Excluded: in.excluded}
	lockedPerMentor := make([]int32, len(in.mentors))
	for pair := range in.locked {
		p.Locked = append(p.Locked, pair)
		lockedPerMentor[pair.Mentor]++
	}
	for j, n := range lockedPerMentor {
		if n > p.Capacity[j] {
			return nil, nil, kernel.Refuse("mentoring.error.capacity_full")
		}
	}
	if int64(len(in.mentees))*int64(len(in.mentors)) <= denseLimit {
		p.Dense = scorer.Matrix()
		for pair := range in.locked {
			if k := pair.Mentee*len(in.mentors) + pair.Mentor; p.Dense[k] == matching.Forbidden {
				p.Dense[k] = 0
			}
		}
		return p, scorer, nil
	}
	p.Sparse = scorer.Arcs()
	allowed := map[matching.Pair]bool{}
	for k := 0; k < len(p.Sparse) && len(in.locked) > 0; k++ {
		pair := matching.Pair{Mentee: int(p.Sparse[k].Mentee), Mentor: int(p.Sparse[k].Mentor)}
		if in.locked[pair] != nil {
			allowed[pair] = true
		}
	}
	for pair := range in.locked {
		if !allowed[pair] {
			p.Sparse = append(p.Sparse, matching.Arc{Mentee: int32(pair.Mentee), Mentor: int32(pair.Mentor)})
		}
	}
	return p, scorer, nil
}

// denseLimit is the most pairs scored as a dense matrix (64 MB). A larger
// programme (a national scheme: 100,000 × 50,000) scores only the pairs its
// must-have area allows, which the engine solves area by area.
var denseLimit int64 = 1 << 24

// store replaces the stale drafts with the solution's pairs and returns the proposal.
func (in *planInput) store(app core.App, sol *matching.Solution, scorer *matching.Scorer) (*PlanResult, error) {
	for _, draft := range in.stale {
		if err := app.Delete(draft); err != nil {
			return nil, err
		}
	}
	collection, err := app.FindCachedCollectionByNameOrId(kernel.CollectionMatches)
	if err != nil {
		return nil, err
	}
	result := &PlanResult{Optimal: sol.Optimal}
	for _, a := range sol.Pairs {
		pair := ProposedPair{Mentee: in.mentees[a.Mentee], Mentor: in.mentors[a.Mentor], Result: scorer.Explain(a.Mentee, a.Mentor)}
		pair.Match = in.locked[matching.Pair{Mentee: a.Mentee, Mentor: a.Mentor}]
		if pair.Match == nil {
			pair.Match = core.NewRecord(collection)
			pair.Match.Load(map[string]any{"program": in.program.Id, "mentor": pair.Mentor.Id,
				"mentee": pair.Mentee.Id, "status": kernel.MatchDraft, "origin": kernel.OriginCoordinator})
		}
		storeScore(pair.Match, pair.Result)
		if err := app.Save(pair.Match); err != nil {
			return nil, err
		}
		result.Pairs = append(result.Pairs, pair)
	}
	for _, u := range sol.Unmatched {
		result.Unmatched = append(result.Unmatched, UnmatchedMentee{Application: in.mentees[u.Mentee], Reason: u.Reason})
	}
	return result, nil
}
