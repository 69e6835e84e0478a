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

// ObjectiveOutcome is what one objective would give if the proposal were computed now.
type ObjectiveOutcome struct {
	Objective string
	Report    matching.Report
}

// CompareObjectives solves the programme's matching for every objective, with its locked,
// excluded and declined pairs, without storing anything, so the coordinators see the trade-off
// before they choose, compute and publish.
func CompareObjectives(app core.App, programID string) ([]ObjectiveOutcome, error) {
	_, problem, err := loadProblem(app, programID)
	if err != nil {
		return nil, err
	}
	out := make([]ObjectiveOutcome, 0, len(matching.Objectives))
	for _, objective := range matching.Objectives {
		sol, err := matching.SolveFor(problem, objective)
		if err != nil {
			return nil, err
		}
		out = append(out, ObjectiveOutcome{objective, matching.Evaluate(problem, sol, ScoreScale)})
	}
	return out, nil
}
