package workspace

import (
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"

	"github.com/mentorbase/mentorbase/kernel"
)

// CancelMeetingsOfEnded cancels the meetings still to come of match when it has just ended —
// closed, or cancelled by a withdrawal — after being active (from, its status before the
// change), so that they leave both members' calendars; any other change cancels nothing. Call
// it in the transaction that saved the match.
func CancelMeetingsOfEnded(app core.App, match *core.Record, from string, now time.Time) error {
	to := match.GetString("status")
	if from != kernel.MatchActive || (to != kernel.MatchClosed && to != kernel.MatchCancelled) {
		return nil
	}
	return CancelUpcomingMeetings(app, match.Id, now)
}

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
