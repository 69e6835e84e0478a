package ui

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/mentoring"
)

// coordinatedProgram loads the {slug} programme when the signed-in person coordinates it. For
// anyone else ok is false and the caller answers 404, so the programme's applicants stay
// unknown even to someone guessing addresses.
func coordinatedProgram(e *core.RequestEvent) (program *core.Record, ok bool) {
	program, err := e.App.FindFirstRecordByData("programs", "slug", e.Request.PathValue("slug"))
	if err != nil || !mentoring.IsCoordinator(e.App, e.Auth.Id, program.Id) {
		return nil, false
	}
	return program, true
}

// reviewedApplication loads the {id} application of a programme the person coordinates.
func reviewedApplication(e *core.RequestEvent) (application, program *core.Record, ok bool) {
	program, ok = coordinatedProgram(e)
	if !ok {
		return nil, nil, false
	}
	application, err := e.App.FindRecordById("applications", e.Request.PathValue("id"))
	if err != nil || application.GetString("program") != program.Id {
		return nil, nil, false
	}
	return application, program, true
}
