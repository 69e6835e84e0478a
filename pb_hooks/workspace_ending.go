package pb_hooks

import (
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

// bindMatchEnding cancels the meetings still to come of a pair that ends (closed, or
// cancelled by a withdrawal), whatever the path: each cancellation goes through the meeting
// rules, which raise its sequence and mail both members a CANCEL, so the meeting leaves their
// calendars instead of staying there with nobody able to remove it.
func bindMatchEnding(app core.App) {
	app.OnRecordUpdate(kernel.CollectionMatches).BindFunc(func(e *core.RecordEvent) error {
		to := e.Record.GetString("status")
		if to != kernel.MatchClosed && to != kernel.MatchCancelled {
			return e.Next()
		}
		from, err := kernel.StoredValue(e.App, e.Record, "status")
		if err != nil {
			return err
		}
		if err := e.Next(); err != nil || from != kernel.MatchActive {
			return err
		}
		return workspace.CancelUpcomingMeetings(e.App, e.Record.Id, time.Now())
	})
}
