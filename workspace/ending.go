package workspace

import (
	"strings"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"

	"github.com/mentorbase/mentorbase/kernel"
)

// CloseMatch ends the active relationship of matchID with reason: either member or a
// coordinator of the programme may. The match becomes closed with ended_at, end_reason and
// ended_by, and the final evaluation and the programme feedback become due at once; the
// record hook that tells both members (MailMatchChanged) runs in the same transaction. An
// empty reason is a validation error of "reason".
func CloseMatch(app core.App, userID, matchID, reason string) error {
	reason = strings.TrimSpace(reason)
	return app.RunInTransaction(func(txApp core.App) error {
		pair, _, err := Open(txApp, userID, matchID)
		if err != nil {
			return err
		}
		if pair.Match.GetString("status") != kernel.MatchActive {
			return kernel.ErrNotAllowed
		}
		if reason == "" {
			return validation.Errors{"reason": validation.ErrRequired}
		}
		pair.Match.Set("status", kernel.MatchClosed)
		pair.Match.Set("ended_at", types.NowDateTime())
		pair.Match.Set("end_reason", reason)
		pair.Match.Set("ended_by", userID)
		return txApp.Save(pair.Match)
	})
}
