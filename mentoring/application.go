package mentoring

import (
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// Apply submits userID's application to programID in role. The programme must take
// applications (its applications phase; a self-service one also while it runs) and the
// person must have accepted its current charter. The application is submitted, or
// approved at once when the programme does not require approval; a withdrawn application
// comes back with the new answers. The form's phone goes to the account; the record hook
// tells the applicant by e-mail that the application arrived (MailApplicationChanged).
func Apply(app core.App, userID, programID, role string, form ApplicationForm) (*core.Record, error) {
	if role != kernel.RoleMentor && role != kernel.RoleMentee {
		return nil, kernel.RefuseField("role", "mentoring.field.invalid_choice")
	}
	program, err := findOwn(app, kernel.CollectionPrograms, programID)
	if err != nil {
		return nil, err
	}
	if !TakesApplications(program, time.Now()) {
		return nil, kernel.Refuse("mentoring.error.applications_closed")
	}
	if err := form.validate(program); err != nil {
		return nil, err
	}
	var application *core.Record
	err = app.RunInTransaction(func(tx core.App) error {
		accepted, err := kernel.HasAcceptedCharter(tx, userID, programID, time.Now())
		if err != nil {
			return err
		}
		if !accepted {
			return kernel.Refuse(kernel.CodeCharterNotAccepted)
		}
		if application, err = newOrWithdrawn(tx, userID, program, role); err != nil {
			return err
		}
		form.fill(application, role)
		if err := tx.Save(application); err != nil {
			return asRefusal(err)
		}
		if !program.GetBool("requires_approval") {
			if application, err = approveAtOnce(tx, application.Id); err != nil {
				return err
			}
		}
		_, err = savePhone(tx, userID, form.Phone)
		return err
	})
	return application, err
}

// newOrWithdrawn returns a new submitted application, or the person's withdrawn one in the
// same role submitted again; any other application to the programme is refused, since a
// person has one role per programme.
func newOrWithdrawn(app core.App, userID string, program *core.Record, role string) (*core.Record, error) {
	existing, err := app.FindFirstRecordByFilter(kernel.CollectionApplications, "user = {:user} && program = {:program}",
		dbx.Params{"user": userID, "program": program.Id})
	if err == nil {
		if existing.GetString("status") != kernel.ApplicationWithdrawn || existing.GetString("role") != role {
			return nil, kernel.Refuse("mentoring.error.already_applied")
		}
		existing.Set("status", kernel.ApplicationSubmitted)
		existing.Set("decision_message", "")
		return existing, nil
	}
	collection, err := app.FindCachedCollectionByNameOrId(kernel.CollectionApplications)
	if err != nil {
		return nil, err
	}
	application := core.NewRecord(collection)
	application.Set("program", program.Id)
	application.Set("user", userID)
	application.Set("role", role)
	application.Set("status", kernel.ApplicationSubmitted)
	return application, nil
}

// approveAtOnce approves a just-submitted application, reloaded so the status change is seen
// as submitted → approved.
func approveAtOnce(app core.App, applicationID string) (*core.Record, error) {
	application, err := app.FindRecordById(kernel.CollectionApplications, applicationID)
	if err != nil {
		return nil, err
	}
	application.Set("status", kernel.ApplicationApproved)
	return application, app.Save(application)
}

// savePhone stores the phone given in the form on the account; an empty one keeps the old.
func savePhone(app core.App, userID, phone string) (*core.Record, error) {
	user, err := app.FindRecordById(kernel.CollectionUsers, userID)
	if err != nil || phone == "" || phone == user.GetString("phone") {
		return user, err
	}
	user.Set("phone", phone)
	return user, app.Save(user)
}

// UpdateApplication changes the answers of userID's own application while it is submitted,
// approved or waitlisted. An imported application is confirmed by it: its applicant has
// accepted the charter and now gives their consent (the form's validation), so it is
// submitted, or approved at once where the programme does not require approval, as Apply
// would.
func UpdateApplication(app core.App, userID, applicationID string, form ApplicationForm) error {
	return app.RunInTransaction(func(tx core.App) error {
		application, err := ownApplication(tx, userID, applicationID)
		if err != nil {
			return err
		}
		imported := application.GetString("status") == kernel.ApplicationImported
		switch application.GetString("status") {
		case kernel.ApplicationSubmitted, kernel.ApplicationApproved, kernel.ApplicationWaitlisted, kernel.ApplicationImported:
		default:
			return kernel.Refuse("mentoring.error.not_editable")
		}
		program, err := tx.FindRecordById(kernel.CollectionPrograms, application.GetString("program"))
		if err != nil {
			return err
		}
		if err := form.validate(program); err != nil {
			return err
		}
		if imported {
			if err := confirmImported(tx, userID, program, application); err != nil {
				return err
			}
		}
		form.fill(application, application.GetString("role"))
		if err := tx.Save(application); err != nil {
			return asRefusal(err)
		}
		if imported && !program.GetBool("requires_approval") {
			if _, err := approveAtOnce(tx, application.Id); err != nil {
				return err
			}
		}
		_, err = savePhone(tx, userID, form.Phone)
		return err
	})
}

// WithdrawApplication withdraws userID's application. The record hook cancels the invitations
// and draft pairs it has (CancelPairsOfWithdrawn), and the mails follow from those
// cancellations.
func WithdrawApplication(app core.App, userID, applicationID string) error {
	return app.RunInTransaction(func(tx core.App) error {
		application, err := ownApplication(tx, userID, applicationID)
		if err != nil {
			return err
		}
		if application.GetString("status") == kernel.ApplicationWithdrawn {
			return nil
		}
		application.Set("status", kernel.ApplicationWithdrawn)
		return tx.Save(application)
	})
}

// CancelPairsOfWithdrawn cancels the invitations and draft pairs of an application that has
// just been withdrawn, on either side, whoever withdrew it (the portal, the REST API or the
// dashboard), naming the applicant in ended_by: a withdrawn person waits for no answer and is
// proposed to nobody. The matches' record hook then tells the mentors a withdrawing mentee had
// invited, and the mentees who had invited a withdrawing mentor, with a link to choose
// another; drafts were never shown, so nobody is told. Active pairs are left for the
// coordinators to close. from is the status stored before the save. Call it from the record
// hook, with the save's transaction, after the save, so that the mails read the withdrawal.
func CancelPairsOfWithdrawn(app core.App, application *core.Record, from string) error {
	if from == kernel.ApplicationWithdrawn || application.GetString("status") != kernel.ApplicationWithdrawn {
		return nil
	}
	pending, err := app.FindRecordsByFilter(kernel.CollectionMatches,
		`(mentor = {:app} || mentee = {:app}) && (status = {:invitedStatus} || status = {:draftStatus})`, "", 0, 0,
		dbx.Params{"app": application.Id, "invitedStatus": kernel.MatchInvited, "draftStatus": kernel.MatchDraft})
	if err != nil {
		return err
	}
	for _, match := range pending {
		match.Set("status", kernel.MatchCancelled)
		match.Set("ended_by", application.GetString("user"))
		if err := app.Save(match); err != nil {
			return err
		}
	}
	return nil
}

func ownApplication(app core.App, userID, applicationID string) (*core.Record, error) {
	application, err := findOwn(app, kernel.CollectionApplications, applicationID)
	if err != nil {
		return nil, err
	}
	if application.GetString("user") != userID {
		return nil, kernel.Refuse("mentoring.error.not_found")
	}
	return application, nil
}

// confirmImported submits the imported application of userID once they have accepted the
// programme's current charter, which an import could not do for them.
func confirmImported(app core.App, userID string, program, application *core.Record) error {
	accepted, err := kernel.HasAcceptedCharter(app, userID, program.Id, time.Now())
	if err != nil {
		return err
	}
	if !accepted {
		return kernel.Refuse(kernel.CodeCharterNotAccepted)
	}
	application.Set("status", kernel.ApplicationSubmitted)
	return nil
}
