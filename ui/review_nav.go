package ui

import (
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// coordinatesAny reports whether the signed-in person of a portal page is a coordinator of
// at least one programme.
func coordinatesAny(e *core.RequestEvent) bool {
	if e.Auth == nil || e.Auth.Collection().Name != usersCollection {
		return false
	}
	_, err := e.App.FindFirstRecordByFilter("programs", "coordinators.id ?= {:u}", dbx.Params{"u": e.Auth.Id})
	return err == nil
}
