// Package pb_hooks holds the rules that must hold whatever the client (portal, REST API or
// dashboard): record hooks, cron jobs and the outbox mail worker.
package pb_hooks

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/outbox"
)

// Register binds every hook, cron job and worker of mentorbase to app.
func Register(app core.App) {
	bindVisibility(app)
	outbox.Bind(app)
	bindAuthMail(app)
	bindThrottle(app)
	bindLifecycle(app)
	bindWorkspace(app)
	bindBooking(app)
	bindDateWindow(app)
	bindAgreement(app)
	bindWorkspaceMessages(app)
	bindReminders(app)
	bindParity(app)
	bindMails(app)
	bindEvents(app)
	bindErasure(app)
	bindConsent(app)
	bindRetention(app)
	bindFirstStart(app)
	bindReplyTo(app)
	bindDirectoryCache(app)
}
