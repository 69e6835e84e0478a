package mentoring

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// Decide records a coordinator's decision on an application — approved, waitlisted or
// rejected — with an optional message; the record hook e-mails the applicant in their
// language (MailApplicationChanged). Only a coordinator of the application's programme may
// decide; a withdrawn application stays so.
func Decide(app core.App, coordinatorID, applicationID, decision, message string) error {
	switch decision {
	case kernel.ApplicationApproved, kernel.ApplicationWaitlisted, kernel.ApplicationRejected:
	default:
		return kernel.RefuseField("decision", "mentoring.field.invalid_choice")
	}
	return app.RunInTransaction(func(tx core.App) error {
		application, err := findOwn(tx, kernel.CollectionApplications, applicationID)
		if err != nil {
			return err
		}
		program, err := tx.FindRecordById(kernel.CollectionPrograms, application.GetString("program"))
		if err != nil {
			return err
		}
		if !IsCoordinator(tx, coordinatorID, program.Id) {
			return kernel.Refuse("mentoring.error.not_coordinator")
		}
		if application.GetString("status") == kernel.ApplicationWithdrawn {
			return kernel.Refuse("mentoring.error.not_editable")
		}
		application.Set("status", decision)
		application.Set("decision_message", message)
		return asRefusal(tx.Save(application))
	})
}
