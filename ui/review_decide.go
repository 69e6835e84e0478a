package ui

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/mentoring"
)

// reviewDecide approves, waitlists or rejects an application with an optional message; the
// domain mails the applicant in their language. A refusal shows the page again with the reason.
func (s *server) reviewDecide(e *core.RequestEvent) error {
	application, program, ok := reviewedApplication(e)
	if !ok {
		return s.renderNotFound(e)
	}
	form := formValues(e, "decision", "message")
	err := mentoring.Decide(e.App, e.Auth.Id, application.Id, form["decision"], form["message"])
	if err != nil {
		errs := fieldErrors(e, err)
		if msg, ok := errs["decision_message"]; ok {
			errs["message"] = msg
		}
		return s.renderReview(e, statusOfForm, application, program, form, errs)
	}
	setFlash(e, "flash.review_decided")
	return redirect(e, "/coordinate/"+program.GetString("slug")+"/applications")
}
