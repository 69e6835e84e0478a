package workspace

import (
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"
)

// CancelUpcomingMeetings cancels the match's proposed and confirmed meetings that start after now.
func CancelUpcomingMeetings(app core.App, matchID string, now time.Time) error {
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
