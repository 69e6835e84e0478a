package ui

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// reviewedApplication loads the {id} application of a programme the person coordinates.
func reviewedApplication(e *core.RequestEvent) (application, program *core.Record, ok bool) {
	program, ok = coordinatedProgram(e)
	if !ok {
		return nil, nil, false
	}
	application, ok = programRecord(e, program, kernel.CollectionApplications, "id")
	return application, program, ok
}
