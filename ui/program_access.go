package ui

import (
	"slices"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// Who may reach a programme through its {slug} address. Every handler answers the same 404
// page for a programme that does not exist and for one the person may not see, so neither a
// draft nor the coordinators' pages leak to someone guessing addresses.

// coordinates reports whether user (nil for a visitor) is one of program's coordinators.
func coordinates(program, user *core.Record) bool {
	return user != nil && slices.Contains(program.GetStringSlice("coordinators"), user.Id)
}

// visibleProgram loads the request's {slug} programme when the person may see it: everyone
// sees a published programme, only its coordinators see it before. ok is false for an unknown
// or hidden programme, and the caller answers 404.
func visibleProgram(e *core.RequestEvent) (program *core.Record, ok bool) {
	program, err := e.App.FindFirstRecordByData(kernel.CollectionPrograms, "slug", e.Request.PathValue("slug"))
	if err != nil || !programShown(e, program) {
		return nil, false
	}
	return program, true
}

// programShown reports whether the request's person may see program: it is published, or
// they coordinate it (remembered for the navigation).
func programShown(e *core.RequestEvent, program *core.Record) bool {
	if coordinates(program, e.Auth) {
		rememberCoordinator(e, true)
		return true
	}
	return program.GetBool("published")
}

// coordinatedProgram loads the request's {slug} programme when the signed-in person
// coordinates it; for anyone else ok is false and the caller answers 404.
func coordinatedProgram(e *core.RequestEvent) (program *core.Record, ok bool) {
	program, err := e.App.FindFirstRecordByData(kernel.CollectionPrograms, "slug", e.Request.PathValue("slug"))
	return coordinatorsProgram(e, program, err)
}

// readCoordinatedProgram is coordinatedProgram for the pages that only read the programme
// (the coordinators' lists): the record is kept (keptProgram), where reading it was a tenth of
// a list's time at 20,000 participants. It is shared by the pages: read it, never change it.
func (s *server) readCoordinatedProgram(e *core.RequestEvent) (*core.Record, bool) {
	program, err := s.keptProgram(e.App, e.Request.PathValue("slug"))
	return coordinatorsProgram(e, program, err)
}

// coordinatorsProgram is program, read with err, when the signed-in person coordinates it.
func coordinatorsProgram(e *core.RequestEvent, program *core.Record, err error) (*core.Record, bool) {
	if err != nil || !coordinates(program, e.Auth) {
		return nil, false
	}
	rememberCoordinator(e, true)
	return program, true
}

// programRecord loads the record of collection whose id is the request's param, when it
// belongs to program; ok is false otherwise, and the caller answers 404.
func programRecord(e *core.RequestEvent, program *core.Record, collection, param string) (*core.Record, bool) {
	record, err := e.App.FindRecordById(collection, e.Request.PathValue(param))
	if err != nil || record.GetString("program") != program.Id {
		return nil, false
	}
	return record, true
}
