package mentoring

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// MailApplicationChanged queues the letter a change of an application's status calls for,
// whoever made it (the portal, the REST API or the dashboard), in the applicant's language:
// a submission is acknowledged, a coordinator's decision (approved, waitlisted, rejected) is
// told with its message. from is the status stored before the save, empty for a new
// application. Call it from the record hook, with the save's transaction, after the save.
//
// A programme that does not require approval approves an application as it is submitted
// (Apply saves it submitted, then approved, in one transaction): the submission tells
// nobody and the approval is the acknowledgement, not a decision, so the applicant gets one
// letter that says both. An application created already approved (seeded, or by hand on the
// dashboard) was never submitted by its applicant and tells nobody.
//
// An application created imported (Import) invites its applicant to confirm it; confirming
// submits it, which is acknowledged as any submission.
func MailApplicationChanged(app core.App, application *core.Record, from string) error {
	to := application.GetString("status")
	imported := to == kernel.ApplicationImported && from == ""
	submitted := to == kernel.ApplicationSubmitted &&
		(from == "" || from == kernel.ApplicationWithdrawn || from == kernel.ApplicationImported)
	decided := from != "" && from != kernel.ApplicationWithdrawn &&
		(to == kernel.ApplicationApproved || to == kernel.ApplicationWaitlisted || to == kernel.ApplicationRejected)
	if !submitted && !decided && !imported {
		return nil
	}
	program, err := app.FindRecordById(kernel.CollectionPrograms, application.GetString("program"))
	if err != nil {
		return err
	}
	approval := program.GetBool("requires_approval")
	if submitted && !approval {
		return nil // the at-once approval that follows acknowledges it
	}
	user, err := app.FindRecordById(kernel.CollectionUsers, application.GetString("user"))
	if err != nil {
		return err
	}
	if imported {
		return mailImported(app, user, program, application)
	}
	if submitted || !approval && from == kernel.ApplicationSubmitted && to == kernel.ApplicationApproved {
		return mailReceived(app, user, program, application)
	}
	return mailDecision(app, user, program, application)
}
