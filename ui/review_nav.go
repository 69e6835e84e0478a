package ui

import (
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// coordinatorKey is where a request keeps whether its person coordinates a programme, once
// known, so the page's navigation does not ask the database for it again.
const coordinatorKey = "ui.coordinatesAny"

// rememberCoordinator records that the signed-in person coordinates a programme the request
// has already loaded.
func rememberCoordinator(e *core.RequestEvent) {
	e.Set(coordinatorKey, true)
}

// coordinatesAny reports whether the signed-in person of a portal page is a coordinator of
// at least one programme. It asks at most once per request, and not at all on a coordinator's
// page that has loaded its programme already.
func coordinatesAny(e *core.RequestEvent) bool {
	if e.Auth == nil || e.Auth.Collection().Name != usersCollection {
		return false
	}
	if known, ok := e.Get(coordinatorKey).(bool); ok {
		return known
	}
	_, err := e.App.FindFirstRecordByFilter("programs", "coordinators.id ?= {:u}", dbx.Params{"u": e.Auth.Id})
	e.Set(coordinatorKey, err == nil)
	return err == nil
}
