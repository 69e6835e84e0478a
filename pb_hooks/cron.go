package pb_hooks

import (
	"time"

	"github.com/pocketbase/pocketbase/core"

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
