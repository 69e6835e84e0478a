package pb_hooks

import (
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/outbox"
	"github.com/mentorbase/mentorbase/workspace"
)

// bindReminders binds the cron job that queues the programmes' reminders every 15 minutes
// (README, E-mail, "Reminders").
func bindReminders(app core.App) {
	app.Cron().MustAdd("mentorbase_reminders", "*/15 * * * *", func() {
		if n, err := workspace.SendReminders(app, time.Now()); err != nil {
			app.Logger().Error("reminders", "error", err, "queued", n)
		}
	})
}

// sentBodiesKept is how long a sent e-mail keeps its text in the outbox, and one given up on
// after it was queued.
const sentBodiesKept = 30 * 24 * time.Hour

// bindRetention binds the daily job that anonymises the programmes whose retention has run
// out and empties the mail sent more than 30 days ago, and the mail given up on that was
// queued as long ago (README, "Personal data").
func bindRetention(app core.App) {
	app.Cron().MustAdd("mentorbase_retention", "17 3 * * *", func() {
		now := time.Now()
		if _, err := workspace.ApplyRetention(app, now); err != nil {
			app.Logger().Error("retention", "error", err)
		}
		if _, err := outbox.ForgetOldBodies(app, now.Add(-sentBodiesKept)); err != nil {
			app.Logger().Error("retention: sent mail", "error", err)
		}
	})
}
