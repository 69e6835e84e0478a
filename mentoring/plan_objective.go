package mentoring

import (
	"slices"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/internal/matching"
	"github.com/mentorbase/mentorbase/kernel"
)

// ScoreScale is the top of the portal's scores (0–100), which reports divide in tenths.
const ScoreScale = 100

// ProgramObjective is the programme's matching objective, matching.ObjectiveTotal when none
// was chosen.
func ProgramObjective(program *core.Record) string {
	if objective := program.GetString("matching_objective"); objective != "" {
		return objective
	}
	return matching.ObjectiveTotal
}

// SetObjective stores what "best" means for the programme's next proposals; only its
// coordinators may choose, among matching.Objectives.
func SetObjective(app core.App, coordinatorID, programID, objective string) error {
	if !slices.Contains(matching.Objectives, objective) {
		return kernel.RefuseField("objective", "mentoring.field.invalid_choice")
	}
	return app.RunInTransaction(func(tx core.App) error {
		if !IsCoordinator(tx, coordinatorID, programID) {
			return kernel.Refuse("mentoring.error.not_coordinator")
		}
		program, err := findOwn(tx, kernel.CollectionPrograms, programID)
		if err != nil {
			return err
		}
		program.Set("matching_objective", objective)
		return tx.Save(program)
	})
}

// ObjectiveOutcome is what one objective would give if the proposal were computed now, or
// (Objective OutcomeProposal) what the stored proposal gives.
type ObjectiveOutcome struct {
	Objective string
	Report    matching.Report
}

// OutcomeProposal is the ObjectiveOutcome.Objective of the proposal as it is stored: computed,
// locked and paired by hand, as publishing would make it active.
const OutcomeProposal = "proposal"

// CompareObjectives solves the programme's matching for every objective, with its locked,
// excluded and declined pairs, without storing anything, so the coordinators see the trade-off
// before they choose, compute and publish. When there is a proposal, a last outcome
// (OutcomeProposal) reports it as it stands, measured the same way: after pairs by hand it may
// be none of the objectives' answers.
func CompareObjectives(app core.App, programID string) ([]ObjectiveOutcome, error) {
	in, problem, err := loadProblem(app, programID)
	if err != nil {
		return nil, err
	}
	out := make([]ObjectiveOutcome, 0, len(matching.Objectives)+1)
	for _, objective := range matching.Objectives {
		sol, err := matching.SolveFor(problem, objective)
		if err != nil {
			return nil, err
		}
		out = append(out, ObjectiveOutcome{objective, matching.Evaluate(problem, sol, ScoreScale)})
	}
	if stored := in.storedProposal(); stored.Matched > 0 {
		out = append(out, ObjectiveOutcome{OutcomeProposal, matching.Evaluate(problem, stored, ScoreScale)})
	}
	return out, nil
}

// storedProposal is the programme's publishable drafts (locked ones and the rest, not the
// excluded) as an assignment of in's problem, each pair with the score it is stored and shown
// with.
func (in *planInput) storedProposal() *matching.Solution {
	sol := &matching.Solution{}
	add := func(pair matching.Pair, m *core.Record, locked bool) {
		score := int32(m.GetInt("score"))
		sol.Pairs = append(sol.Pairs, matching.Assigned{Mentee: pair.Mentee, Mentor: pair.Mentor, Score: score, Locked: locked})
		sol.Matched, sol.Total = sol.Matched+1, sol.Total+int64(score)
	}
	for pair, m := range in.locked {
		add(pair, m, true)
	}
	menteeIndex, mentorIndex := indexByID(in.mentees), indexByID(in.mentors)
	for _, m := range in.stale {
		i, okMentee := menteeIndex[m.GetString("mentee")]
		j, okMentor := mentorIndex[m.GetString("mentor")]
		if okMentee && okMentor {
			add(matching.Pair{Mentee: i, Mentor: j}, m, false)
		}
	}
	slices.SortFunc(sol.Pairs, func(a, b matching.Assigned) int { return a.Mentee - b.Mentee })
	return sol
}
