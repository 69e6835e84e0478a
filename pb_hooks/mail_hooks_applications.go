package pb_hooks

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/mentoring"
)

// bindApplicationChanges does what a new application or a change of an application's status
// calls for and queues its letters, as bindMails does for the other collections: the status
// stored before the save (none for a new application) and the saved record go to the domain
// functions, inside the save's transaction; a new one's goes with the save's context, through
// which an import hands over what it already read. A withdrawal first cancels the application's
// pending pairs, whoever withdrew it, and the matches' hook tells whoever waited on them.
func bindApplicationChanges(app core.App) {
	app.OnRecordCreate(kernel.CollectionApplications).BindFunc(func(e *core.RecordEvent) error {
		return withTransaction(e, func(txApp core.App) error {
			if err := e.Next(); err != nil {
				return err
			}
			return mentoring.MailApplicationCreated(e.Context, txApp, e.Record)
		})
	})
	onStatusChange(app, kernel.CollectionApplications, func(txApp core.App, application *core.Record, from string) error {
		if err := mentoring.CancelPairsOfWithdrawn(txApp, application, from); err != nil {
			return err
		}
		return mentoring.MailApplicationChanged(txApp, application, from)
	})
}
