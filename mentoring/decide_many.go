package mentoring

import (
	"slices"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/list"

	"github.com/mentorbase/mentorbase/kernel"
)

// DecisionReport says what a decision on many applications did: how many changed (each
// applicant told by the record hook, in their language), how many already had that decision
// (told nothing again) and how many could not take it (withdrawn, or imported and not yet
// confirmed by their applicant, or not of the programme).
type DecisionReport struct{ Changed, Unchanged, Skipped int }

// CodeNoneSelected refuses a decision on no application at all.
const CodeNoneSelected = "intake.error.none_selected"

// DecideMany records one decision — approved, waitlisted or rejected — with one message on
// the applications ids of programID, in one transaction, for a coordinator of the programme.
// An application that already has the decision is left as it is, so its applicant is told
// once however often the coordinator clicks: the status is read inside the transaction, and
// the record hook mails only on a change of status (MailApplicationChanged).
func DecideMany(app core.App, coordinatorID, programID string, ids []string, decision, message string) (DecisionReport, error) {
	var report DecisionReport
	switch decision {
	case kernel.ApplicationApproved, kernel.ApplicationWaitlisted, kernel.ApplicationRejected:
	default:
		return report, kernel.RefuseField("decision", "mentoring.field.invalid_choice")
	}
	ids = slices.Compact(slices.Sorted(slices.Values(ids)))
	if len(ids) == 0 {
		return report, kernel.RefuseField("ids", CodeNoneSelected)
	}
	err := app.RunInTransaction(func(tx core.App) error {
		report = DecisionReport{}
		if !IsCoordinator(tx, coordinatorID, programID) {
			return kernel.Refuse("mentoring.error.not_coordinator")
		}
		applications, err := tx.FindAllRecords(kernel.CollectionApplications,
			dbx.HashExp{"program": programID}, dbx.In("id", list.ToInterfaceSlice(ids)...))
		if err != nil {
			return err
		}
		report.Skipped = len(ids) - len(applications)
		for _, a := range applications {
			switch a.GetString("status") {
			case decision:
				report.Unchanged++
				continue
			case kernel.ApplicationWithdrawn, kernel.ApplicationImported:
				report.Skipped++
				continue
			}
			a.Set("status", decision)
			a.Set("decision_message", message)
			if err := tx.Save(a); err != nil {
				return asRefusal(err)
			}
			report.Changed++
		}
		return nil
	})
	return report, err
}
