package pb_hooks

import (
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
	afterCreate(app, kernel.CollectionMatches, mentoring.MailMatchCreated)
	onStatusChange(app, kernel.CollectionMatches, func(txApp core.App, match *core.Record, from string) error {
		if err := workspace.MailMatchChanged(txApp, match, from); err != nil {
			return err
		}
		if err := mentoring.MailDraftPublished(txApp, match, from); err != nil {
			return err
		}
		return mentoring.MailInvitationChanged(txApp, match, from)
	})
	afterCreate(app, kernel.CollectionSupportRequests, workspace.MailSupportRequest)
	afterCreate(app, kernel.CollectionCohortMails, workspace.MailCohort)
	app.OnRecordUpdate(kernel.CollectionSupportRequests).BindFunc(func(e *core.RecordEvent) error {
		return withTransaction(e, func(txApp core.App) error {
			stored, err := kernel.StoredValue(txApp, e.Record, "answer")
			if err != nil {
				return err
			}
			if err := e.Next(); err != nil {
				return err
			}
			return workspace.MailSupportAnswer(txApp, e.Record, stored)
		})
	})
}

// afterCreate runs fn with every new record of collection once it is saved, in the save's
// transaction.
func afterCreate(app core.App, collection string, fn func(txApp core.App, record *core.Record) error) {
	app.OnRecordCreate(collection).BindFunc(func(e *core.RecordEvent) error {
		return withTransaction(e, func(txApp core.App) error {
			if err := e.Next(); err != nil {
				return err
			}
			return fn(txApp, e.Record)
		})
	})
}

// onStatusChange runs fn, in the save's transaction, after every update of collection that
// changes the record's status, with the status it had. That status is read from the
// database, not Original(): code that saves a record twice in one transaction (Apply, the
// invitation's answer) would see a stale one.
func onStatusChange(app core.App, collection string, fn func(txApp core.App, record *core.Record, from string) error) {
	app.OnRecordUpdate(collection).BindFunc(func(e *core.RecordEvent) error {
		return withTransaction(e, func(txApp core.App) error {
			from, err := kernel.StoredValue(txApp, e.Record, "status")
			if err != nil {
				return err
			}
			if err := e.Next(); err != nil {
				return err
			}
			if from == e.Record.GetString("status") {
				return nil
			}
			return fn(txApp, e.Record, from)
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
