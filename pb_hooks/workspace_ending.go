package pb_hooks

import (
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"
)

// bindMatchEnding cancels the meetings still to come of a pair that ends (closed, or
// cancelled by a withdrawal), whatever the path: each cancellation goes through the meeting
// rules, which raise its sequence and mail both members a CANCEL, so the meeting leaves their
// calendars instead of staying there with nobody able to remove it.
func bindMatchEnding(app core.App) {
	app.OnRecordUpdate("matches").BindFunc(func(e *core.RecordEvent) error {
		to := e.Record.GetString("status")
		if to != "closed" && to != "cancelled" {
			return e.Next()
		}
		from, err := storedValue(e.App, e.Record, "status")
		if err != nil {
			return err
		}
		if err := e.Next(); err != nil || from != "active" {
			return err
		}
		return cancelUpcomingMeetings(e.App, e.Record.Id, time.Now())
	})
}

// cancelUpcomingMeetings cancels the match's proposed and confirmed meetings that start after now.
func cancelUpcomingMeetings(app core.App, matchID string, now time.Time) error {
	at, err := types.ParseDateTime(now)
	if err != nil {
		return err
	}
	meetings, err := app.FindRecordsByFilter("meetings",
		`match = {:match} && (status = "proposed" || status = "confirmed") && starts_at > {:now}`,
		"starts_at", 0, 0, dbx.Params{"match": matchID, "now": at.String()})
	if err != nil {
		return err
	}
	for _, m := range meetings {
		m.Set("status", "cancelled")
		if err := app.Save(m); err != nil {
			return err
		}
	}
	return nil
}
