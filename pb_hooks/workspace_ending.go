package pb_hooks

import (
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

// bindMatchEnding cancels the meetings still to come of a pair that ends (closed, or
// cancelled by a withdrawal), whatever the path, in the save's transaction
// (workspace.CancelMeetingsOfEnded): each cancellation goes through the meeting rules, which
// raise its sequence and mail both members a CANCEL, so the meeting leaves their calendars
// instead of staying there with nobody able to remove it.
func bindMatchEnding(app core.App) {
	onStatusChange(app, kernel.CollectionMatches, func(txApp core.App, match *core.Record, from string) error {
		return workspace.CancelMeetingsOfEnded(txApp, match, from, time.Now())
	})
}
