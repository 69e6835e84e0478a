package ui

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/mentoring"
)

// consoleRun computes a new proposal and says whether the engine proved it optimal.
func (s *server) consoleRun(e *core.RequestEvent) error {
	program, ok := consoleProgram(e)
	if !ok {
		return s.renderNotFound(e)
	}
	result, err := mentoring.Plan(e.App, program.Id)
	if err != nil {
		return s.consoleRefused(e, err)
	}
	run := "feasible"
	if result.Optimal {
		run = "optimal"
	}
	return redirect(e, consoleURL(e)+"?run="+run)
}
