package ui

import (
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// coordinatorFlag is a key set (not saved) on the signed-in user's record for the layout: it
// shows the "Coordinate" link to people who coordinate a programme. The page context has no
// field for it, and the record is the one thing every page template already receives.
const coordinatorFlag = "mentorbase_coordinator"

// markCoordinator sets coordinatorFlag on the signed-in person of a portal page.
func markCoordinator(e *core.RequestEvent) error {
	if e.Auth != nil && e.Auth.Collection().Name == usersCollection {
		_, err := e.App.FindFirstRecordByFilter("programs", "coordinators.id ?= {:u}", dbx.Params{"u": e.Auth.Id})
		e.Auth.SetRaw(coordinatorFlag, err == nil)
	}
	return e.Next()
}
