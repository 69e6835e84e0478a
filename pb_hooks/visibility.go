package pb_hooks

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// bindVisibility shows hidden fields to the viewers allowed to read them, keeps e-mail
// addresses out of filters and sorts, and binds the record rules of the schema (programme
// defaults and dates).
func bindVisibility(app core.App) {
	app.OnRecordEnrich(kernel.CollectionUsers).BindFunc(func(e *core.RecordEnrichEvent) error {
		if err := e.Next(); err != nil {
			return err
		}
		showContactDetails(e.App, e.RequestInfo, e.Record)
		return nil
	})
	app.OnRecordEnrich(kernel.CollectionApplications).BindFunc(func(e *core.RecordEnrichEvent) error {
		if err := e.Next(); err != nil {
			return err
		}
		showPrivateAnswers(e.App, e.RequestInfo, e.Record)
		return nil
	})
	bindEmailPrivacy(app)
	bindFilterGuard(app)
	bindPrivateWrites(app)
	bindProgramRules(app)
}

// showContactDetails shows a person's e-mail and phone to themself, their active partner and
// the coordinators of programmes they applied to, and hides them from everyone else — even
// from a row whose emailVisibility was set past the hooks, since the portal promises no
// contact details before a pair is active (README, Security, "Who reads what"). It runs after
// PocketBase's own enriching so its decision is the last word.
func showContactDetails(app core.App, info *core.RequestInfo, person *core.Record) {
	if info == nil || info.HasSuperuserAuth() {
		return
	}
	viewer := ""
	if info.Auth != nil {
		viewer = info.Auth.Id
	}
	if viewer != "" && kernel.ContactVisible(app, viewer, person.Id) {
		person.IgnoreEmailVisibility(true)
		person.Unhide("phone")
		return
	}
	person.Hide("email", "phone")
}

// showPrivateAnswers shows what an applicant tells the coordinators to the viewers
// kernel.PrivateAnswersVisible allows. The schema hides these fields so that nobody else
// reads them, nor filters or sorts by them.
func showPrivateAnswers(app core.App, info *core.RequestInfo, application *core.Record) {
	if info == nil || info.Auth == nil || info.HasSuperuserAuth() {
		return
	}
	if kernel.PrivateAnswersVisible(app, info.Auth.Id, application) {
		application.Unhide("other_wishes", "decision_message", "consent", "consent_version", "consented_at")
	}
}
