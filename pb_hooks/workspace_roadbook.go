package pb_hooks

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

// bindRoadbookRules e-mails the mentor when the mentee submits the road-book, whoever records
// the submission, in the same transaction; a submitted road-book stays submitted.
func bindRoadbookRules(app core.App) {
	app.OnRecordCreate(kernel.CollectionRoadbooks).BindFunc(func(e *core.RecordEvent) error {
		return e.App.RunInTransaction(func(txApp core.App) error {
			e.App = txApp
			if err := e.Next(); err != nil {
				return err
			}
			if e.Record.GetDateTime("submitted_at").IsZero() {
				return nil
			}
			return workspace.MailRoadbookSubmitted(txApp, e.Record)
		})
	})
	app.OnRecordUpdate(kernel.CollectionRoadbooks).BindFunc(func(e *core.RecordEvent) error {
		return e.App.RunInTransaction(func(txApp core.App) error {
			e.App = txApp
			if err := workspace.CheckRoadbookChange(e.Record); err != nil {
				return err
			}
			wasSubmitted := !e.Record.Original().GetDateTime("submitted_at").IsZero()
			if err := e.Next(); err != nil {
				return err
			}
			if wasSubmitted || e.Record.GetDateTime("submitted_at").IsZero() {
				return nil
			}
			return workspace.MailRoadbookSubmitted(txApp, e.Record)
		})
	})
}
