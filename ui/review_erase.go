package ui

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/workspace"
)

// reviewErase erases, on the applicant's request, their account, once the coordinator
// confirms with their own password; the erasure is logged.
func (s *server) reviewErase(e *core.RequestEvent) error {
	application, program, ok := reviewedApplication(e)
	if !ok {
		return s.renderNotFound(e)
	}
	err := workspace.EraseApplicant(e.App, e.Auth, e.Request.FormValue("erase_password"), program, application)
	if err != nil {
		return s.answerRefusal(e, err, func(errs map[string]string) error {
			return s.renderReview(e, statusOfForm, application, program, map[string]string{}, errs)
		})
	}
	setFlash(e, "flash.applicant_erased")
	return redirect(e, "/coordinate/"+program.GetString("slug")+"/applications")
}
