package pb_hooks

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

// bindRoadbookRules e-mails the mentor when the mentee submits the road-book, whoever records
// the submission, in the same transaction (workspace.MailRoadbookNewlySubmitted); a submitted
// road-book stays submitted (workspace.CheckRoadbookChange).
func bindRoadbookRules(app core.App) {
	app.OnRecordCreate(kernel.CollectionRoadbooks).BindFunc(func(e *core.RecordEvent) error {
		return e.App.RunInTransaction(func(txApp core.App) error {
			e.App = txApp
			if err := e.Next(); err != nil {
				return err
			}
			return workspace.MailRoadbookNewlySubmitted(txApp, e.Record, nil)
		})
	})
	app.OnRecordUpdate(kernel.CollectionRoadbooks).BindFunc(func(e *core.RecordEvent) error {
		return e.App.RunInTransaction(func(txApp core.App) error {
			e.App = txApp
			if err := workspace.CheckRoadbookChange(e.Record); err != nil {
				return err
			}
			// the road-book as it was loaded, taken before the save makes the saved values original
			previous := e.Record.Original()
			if err := e.Next(); err != nil {
				return err
			}
			return workspace.MailRoadbookNewlySubmitted(txApp, e.Record, previous)
		})
	})
}
