package pb_hooks

import (
	"strings"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/mentoring"
	"github.com/mentorbase/mentorbase/workspace"
)

// bindMails queues the letters a change of record calls for, whatever the client: the portal,
// the REST API, the dashboard or a cron job. Each hook compares the record with what was
// stored and hands the change to the domain function that picks the letter, inside the save's
// transaction, so a letter is queued only with the change it tells about and only once: no
// request handler mails on its own.
func bindMails(app core.App) {
	bindApplicationChanges(app)
	app.OnRecordCreate(kernel.CollectionMatches).BindFunc(func(e *core.RecordEvent) error {
		return withTransaction(e, func(txApp core.App) error {
			if err := e.Next(); err != nil {
				return err
			}
			return mentoring.MailMatchCreated(txApp, e.Record)
		})
	})
	app.OnRecordUpdate(kernel.CollectionMatches).BindFunc(func(e *core.RecordEvent) error {
		return withTransaction(e, func(txApp core.App) error {
			// read, not Original(): code that saves a match twice would see a stale status
			from, err := storedValue(txApp, e.Record, "status")
			if err != nil {
				return err
			}
			if err := e.Next(); err != nil {
				return err
			}
			if from == e.Record.GetString("status") {
				return nil
			}
			if err := workspace.MailMatchChanged(txApp, e.Record, from); err != nil {
				return err
			}
			if err := mentoring.MailDraftPublished(txApp, e.Record, from); err != nil {
				return err
			}
			return mentoring.MailInvitationChanged(txApp, e.Record, from)
		})
	})
	app.OnRecordCreate(kernel.CollectionSupportRequests).BindFunc(func(e *core.RecordEvent) error {
		return withTransaction(e, func(txApp core.App) error {
			if err := e.Next(); err != nil {
				return err
			}
			return workspace.MailSupportRequest(txApp, e.Record)
		})
	})
	app.OnRecordUpdate(kernel.CollectionSupportRequests).BindFunc(func(e *core.RecordEvent) error {
		return withTransaction(e, func(txApp core.App) error {
			stored, err := storedValue(txApp, e.Record, "answer")
			if err != nil {
				return err
			}
			answer := strings.TrimSpace(e.Record.GetString("answer"))
			if err := e.Next(); err != nil {
				return err
			}
			if answer == "" || answer == strings.TrimSpace(stored) {
				return nil
			}
			return workspace.MailSupportAnswer(txApp, e.Record)
		})
	})
}

// withTransaction runs body with e.App bound to one transaction, then gives e.App back: the
// hooks bound before this one go on after e.Next() with the app they had, not a finished
// transaction.
func withTransaction(e *core.RecordEvent, body func(txApp core.App) error) error {
	app := e.App
	defer func() { e.App = app }()
	return app.RunInTransaction(func(txApp core.App) error {
		e.App = txApp
		return body(txApp)
	})
}
