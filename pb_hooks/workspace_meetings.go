package pb_hooks

import (
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

// bindWorkspace binds the rules of the pair's workspace: meetings, the road-book, and what
// ending a pair does to its meetings.
func bindWorkspace(app core.App) {
	bindMeetingRules(app)
	bindRoadbookRules(app)
	bindMatchEnding(app)
}

// bindMeetingRules keeps meetings consistent whoever saves them (portal, REST API, dashboard)
// and mails both members the invite of every proposal, confirmation, change and cancellation
// in the same transaction as the change. The mails live here rather than in the workspace
// package so that a change made through the REST API or the dashboard reaches the pair's
// calendars too: a calendar that misses a cancellation is worse than one extra e-mail.
// Building the invites inside the transaction holds the database's only writer, which is
// fine because that work is bounded: the dates are within the programme's window
// (kernel.CheckDateWindow, checked when the record validates, before the mails are queued) and the
// VTIMEZONE builder scans a capped range of years whatever the dates (internal/calendar).
func bindMeetingRules(app core.App) {
	app.OnRecordCreate(kernel.CollectionMeetings).BindFunc(func(e *core.RecordEvent) error {
		return e.App.RunInTransaction(func(txApp core.App) error {
			e.App = txApp
			if err := workspace.CheckNewMeeting(txApp, e.Record); err != nil {
				return err
			}
			if err := e.Next(); err != nil {
				return err
			}
			return workspace.MailMeetingChange(txApp, e.Record, "proposed")
		})
	})
	app.OnRecordUpdate(kernel.CollectionMeetings).BindFunc(func(e *core.RecordEvent) error {
		return e.App.RunInTransaction(func(txApp core.App) error {
			e.App = txApp
			kind, err := workspace.CheckMeetingChange(e.Record, time.Now())
			if err != nil {
				return err
			}
			if err := e.Next(); err != nil {
				return err
			}
			if kind == "" {
				return nil
			}
			return workspace.MailMeetingChange(txApp, e.Record, kind)
		})
	})
	app.OnRecordUpdateRequest(kernel.CollectionMeetings).BindFunc(func(e *core.RecordRequestEvent) error {
		if e.Auth != nil && !e.HasSuperuserAuth() && workspace.ConfirmsOwnProposal(e.Record, e.Auth.Id) {
			return e.BadRequestError("The partner confirms a meeting, not the member who proposed it.", nil)
		}
		return e.Next()
	})
}
