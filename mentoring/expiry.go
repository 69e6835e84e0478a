package mentoring

import (
	"time"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"

	"github.com/mentorbase/mentorbase/kernel"
)

// ExpireInvitations marks every invitation still pending after its expires_at as expired; the
// record hook tells both people (MailInvitationChanged). Each invitation is saved on its own,
// with its letters, so one that fails does not hold the others back; it returns how many
// expired.
func ExpireInvitations(app core.App, now time.Time) (int, error) {
	at, err := types.ParseDateTime(now)
	if err != nil {
		return 0, err
	}
	due, err := app.FindRecordsByFilter(kernel.CollectionMatches,
		`status = {:status} && expires_at != "" && expires_at <= {:now}`, "expires_at", 0, 0,
		map[string]any{"now": at.String(), "status": kernel.MatchInvited})
	if err != nil {
		return 0, err
	}
	expired := 0
	for _, match := range due {
		match.Set("status", kernel.MatchExpired)
		if err := app.Save(match); err != nil {
			return expired, err
		}
		expired++
	}
	return expired, nil
}
