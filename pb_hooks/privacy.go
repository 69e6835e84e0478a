package pb_hooks

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

// bindErasure erases a person whoever deletes their account (the portal's erasure, a
// coordinator's, the command line, the dashboard or the REST API), in the deletion's
// transaction: their pairs pass to a "former participant" (workspace.ForgetPerson), the
// deletion's cascade removes the rest, and the outbox forgets them (workspace.ScrubOutbox).
func bindErasure(app core.App) {
	app.OnRecordDelete(kernel.CollectionUsers).BindFunc(func(e *core.RecordEvent) error {
		return withTransaction(e, func(txApp core.App) error {
			erased, err := workspace.ForgetPerson(txApp, e.Record, workspace.PrivacyActorOf(e.Context))
			if err != nil {
				return err
			}
			if err := e.Next(); err != nil {
				return err
			}
			return workspace.ScrubOutbox(txApp, erased)
		})
	})
}
