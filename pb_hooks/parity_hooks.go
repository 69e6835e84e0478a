package pb_hooks

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/mentoring"
)

// bindParity makes a change through the REST API or the dashboard do what the same change
// through the portal does, and refuse what the portal refuses: members stay within the
// portal's actions, a message stays its author's, an acceptance carries the server's time.
// The portal's functions (workspace.CloseMatch, RequestSupport, mentoring.CancelInvitation,
// Respond, workspace.AnswerSupport) save records directly and mail themselves, so the request
// hooks below never run for them and nothing is mailed twice.
func bindParity(app core.App) {
	bindMemberLimits(app)
	bindEndedBy(app)
	bindMessageParity(app)
	bindAcceptanceDate(app)
	app.OnRecordUpdateRequest("matches").BindFunc(invitationEndedRequest("cancelled", tellInvitationCancelled))
	app.OnRecordUpdateRequest("matches").BindFunc(invitationEndedRequest("declined", tellInvitationDeclined))
}

// invitationEndedRequest runs tell, in the save's transaction, when an invitation leaves
// "invited" for status through the API.
func invitationEndedRequest(status string, tell func(txApp core.App, e *core.RecordRequestEvent, pair *kernel.Pair) error) func(*core.RecordRequestEvent) error {
	return func(e *core.RecordRequestEvent) error {
		if e.Record.GetString("status") != status || e.Record.Original().GetString("status") != "invited" {
			return e.Next()
		}
		return inTransaction(e, func(txApp core.App) error {
			pair, err := kernel.PairOf(txApp, e.Record)
			if err != nil {
				return err
			}
			return tell(txApp, e, pair)
		})
	}
}

// tellInvitationCancelled: an invitation cancelled through the API tells its mentor, as
// mentoring.CancelInvitation does; in the mentee's words when they cancelled it, else as the
// coordinators' decision.
func tellInvitationCancelled(txApp core.App, e *core.RecordRequestEvent, pair *kernel.Pair) error {
	body := "mentoring.mail.closed.coordinator"
	if e.Auth != nil && e.Auth.Id == pair.Mentee.Id {
		body = "mentoring.mail.closed.cancelled"
	}
	return mentoring.MailInvitationClosed(txApp, e.Record, body)
}

// tellInvitationDeclined: an invitation declined through the API tells its mentee, with the
// mentor's reason, as mentoring.Respond does.
func tellInvitationDeclined(txApp core.App, e *core.RecordRequestEvent, pair *kernel.Pair) error {
	return mentoring.MailInvitationDeclined(txApp, pair)
}

// inTransaction saves the request's record (e.Next) and runs after in one transaction, so the
// e-mails are queued only with the change they tell about.
func inTransaction(e *core.RecordRequestEvent, after func(txApp core.App) error) error {
	app := e.App
	defer func() { e.App = app }()
	return app.RunInTransaction(func(txApp core.App) error {
		e.App = txApp
		if err := e.Next(); err != nil {
			return err
		}
		return after(txApp)
	})
}
