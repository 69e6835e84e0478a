package pb_hooks

import (
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/workspace"
)

// bindWorkspaceMessages binds the cron job that e-mails members about their partner's unread
// messages.
func bindWorkspaceMessages(app core.App) {
	app.Cron().MustAdd("mentorbase_unread_messages", "*/5 * * * *", func() {
		if n, err := workspace.NotifyUnreadMessages(app, time.Now()); err != nil {
			app.Logger().Error("unread messages", "error", err, "queued", n)
		}
	})
}
