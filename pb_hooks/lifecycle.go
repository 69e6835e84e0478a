package pb_hooks

import (
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/mentoring"
)

// bindLifecycle binds the rules of applications and matches that hold for the portal, the
// REST API and the dashboard alike: the charter gate, mentor capacity and pauses, the allowed
// status changes, ranked requests passing on, and the cron job that expires invitations.
func bindLifecycle(app core.App) {
	bindCharterGate(app)
	bindCapacity(app)
	bindAvailability(app)
	bindRanked(app)
	bindTransitions(app)
	app.Cron().MustAdd("mentorbase_expire_invitations", "*/10 * * * *", func() {
		if n, err := mentoring.ExpireInvitations(app, time.Now()); err != nil {
			app.Logger().Error("expire invitations", "error", err, "expired", n)
		}
	})
}
