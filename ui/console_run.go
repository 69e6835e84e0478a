package ui

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/internal/matching"
	"github.com/mentorbase/mentorbase/mentoring"
)

// consoleRun stores the objective chosen in the form (when one was sent), computes a new
// proposal for it and says what the engine proved.
func (s *server) consoleRun(e *core.RequestEvent) error {
	program, ok := consoleProgram(e)
	if !ok {
		return s.renderNotFound(e)
	}
	if objective := e.Request.PostFormValue("objective"); objective != "" {
		if err := mentoring.SetObjective(e.App, e.Auth.Id, program.Id, objective); err != nil {
			return s.consoleRefused(e, err)
		}
	}
	result, err := mentoring.Plan(e.App, program.Id)
	if err != nil {
		return s.consoleRefused(e, err)
	}
	run := result.Objective
	switch {
	case result.Objective == matching.ObjectiveTotal && result.Optimal:
		run = "optimal"
	case result.Objective != matching.ObjectiveStable && !result.Optimal:
		run = "feasible"
	}
	return redirect(e, consoleURL(e)+"?run="+run)
}
