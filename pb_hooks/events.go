package pb_hooks

import (
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

// bindEvents keeps programme events consistent and mails their invitees, whoever saves them
// (the portal, the REST API or the dashboard), in the save's transaction: the announcement
// of a new event, the new version of a changed one (SEQUENCE raised), the cancellation of a
// cancelled or deleted one. The event is compared with what the database holds, read inside
// the transaction. People who join an event's audience later (an application approved, a
// pair made active) are sent its announcement then. Answers (event_rsvps) come only from
// people the event invites, while it is on.
func bindEvents(app core.App) {
	app.OnRecordCreate(kernel.CollectionEvents).BindFunc(func(e *core.RecordEvent) error {
		return withTransaction(e, func(txApp core.App) error {
			if err := workspace.CheckEventChange(e.Record, nil); err != nil {
				return err
			}
			if err := e.Next(); err != nil {
				return err
			}
			return workspace.MailEventChange(txApp, e.Record, nil)
		})
	})
	app.OnRecordUpdate(kernel.CollectionEvents).BindFunc(func(e *core.RecordEvent) error {
		return withTransaction(e, func(txApp core.App) error {
			stored, err := txApp.FindRecordById(kernel.CollectionEvents, e.Record.Id)
			if err != nil {
				return err
			}
			if err := workspace.CheckEventChange(e.Record, stored); err != nil {
				return err
			}
			if err := e.Next(); err != nil {
				return err
			}
			return workspace.MailEventChange(txApp, e.Record, stored)
		})
	})
	app.OnRecordDelete(kernel.CollectionEvents).BindFunc(func(e *core.RecordEvent) error {
		return withTransaction(e, func(txApp core.App) error {
			if err := workspace.MailEventDeleted(txApp, e.Record.Fresh()); err != nil {
				return err
			}
			return e.Next()
		})
	})
	app.OnRecordCreate(kernel.CollectionEventRSVPs).BindFunc(checkRSVP)
	app.OnRecordUpdate(kernel.CollectionEventRSVPs).BindFunc(checkRSVP)
	bindEventNewcomers(app)
}

// bindEventNewcomers sends the coming events to a participant once approved
// (workspace.InviteApproved), and to both members once their pair is active
// (workspace.InvitePaired).
func bindEventNewcomers(app core.App) {
	afterCreate(app, kernel.CollectionApplications, workspace.InviteApproved)
	onStatusChange(app, kernel.CollectionApplications, func(txApp core.App, a *core.Record, _ string) error {
		return workspace.InviteApproved(txApp, a)
	})
	afterCreate(app, kernel.CollectionMatches, workspace.InvitePaired)
	onStatusChange(app, kernel.CollectionMatches, func(txApp core.App, m *core.Record, _ string) error {
		return workspace.InvitePaired(txApp, m)
	})
}

// checkRSVP refuses an answer the event does not take, before it is saved.
func checkRSVP(e *core.RecordEvent) error {
	if err := workspace.CheckRSVP(e.App, e.Record, time.Now()); err != nil {
		return err
	}
	return e.Next()
}
