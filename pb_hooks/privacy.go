package pb_hooks

import (
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/mentoring"
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

// bindConsent stamps an application's consent with the privacy notice's version and the
// time (mentoring.StampConsent), whoever saves it.
func bindConsent(app core.App) {
	stamp := func(e *core.RecordEvent) error {
		if err := mentoring.StampConsent(e.App, e.Record, time.Now()); err != nil {
			return err
		}
		return e.Next()
	}
	app.OnRecordCreate(kernel.CollectionApplications).BindFunc(stamp)
	app.OnRecordUpdate(kernel.CollectionApplications).BindFunc(stamp)
}
