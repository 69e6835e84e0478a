package ui

import (
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// coordinatorKey is where a request keeps whether its person coordinates a programme, once
// known, so the page's navigation does not ask the database for it again.
const coordinatorKey = "ui.coordinatesAny"

// coordinatedFilter finds the programmes the person {:u} coordinates.
const coordinatedFilter = "coordinators.id ?= {:u}"

// rememberCoordinator records whether the signed-in person coordinates a programme, when the
// request has learnt it from the programmes it loaded.
func rememberCoordinator(e *core.RequestEvent, coordinates bool) {
	e.Set(coordinatorKey, coordinates)
}

// coordinatesAny reports whether the signed-in person of a portal page is a coordinator of
// at least one programme. It asks at most once per request, and not at all on a coordinator's
// page that has loaded its programme already.
func coordinatesAny(e *core.RequestEvent) bool {
	if e.Auth == nil || e.Auth.Collection().Name != kernel.CollectionUsers {
		return false
	}
	if known, ok := e.Get(coordinatorKey).(bool); ok {
		return known
	}
	_, err := e.App.FindFirstRecordByFilter(kernel.CollectionPrograms, coordinatedFilter, dbx.Params{"u": e.Auth.Id})
	rememberCoordinator(e, err == nil)
	return err == nil
}
