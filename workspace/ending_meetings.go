package workspace

import (
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"

	"github.com/mentorbase/mentorbase/kernel"
)

// CancelUpcomingMeetings cancels the match's proposed and confirmed meetings that start after now.
func CancelUpcomingMeetings(app core.App, matchID string, now time.Time) error {
	at, err := types.ParseDateTime(now)
	if err != nil {
		return err
	}
	meetings, err := app.FindRecordsByFilter(kernel.CollectionMeetings,
		`match = {:match} && (status = {:proposedStatus} || status = {:confirmedStatus}) && starts_at > {:now}`,
		"starts_at", 0, 0, dbx.Params{"match": matchID, "now": at.String(),
			"proposedStatus": kernel.MeetingProposed, "confirmedStatus": kernel.MeetingConfirmed})
	if err != nil {
		return err
	}
	for _, m := range meetings {
		m.Set("status", kernel.MeetingCancelled)
		if err := app.Save(m); err != nil {
			return err
		}
	}
	return nil
}
