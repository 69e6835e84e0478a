package ui

import (
	"net/http"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/workspace"
)

// reviewErase erases, on the applicant's request, their account, once the coordinator
// confirms with their own password (wrong ones count as the coordinator's wrong sign-ins);
// the erasure is logged.
func (s *server) reviewErase(e *core.RequestEvent) error {
	application, program, ok := reviewedApplication(e)
	if !ok {
		return s.renderNotFound(e)
	}
	page := func(status int, errs map[string]string) error {
		return s.renderReview(e, status, application, program, map[string]string{}, errs)
	}
	wait, err := confirmedByPassword(e, func() error {
		return workspace.EraseApplicant(e.App, e.Auth, e.Request.FormValue("erase_password"), program, application)
	})
	if wait > 0 {
		return page(http.StatusTooManyRequests, map[string]string{"erase_password": throttledMessage(e, wait)})
	}
	if err != nil {
		return s.answerRefusal(e, err, func(errs map[string]string) error { return page(statusOfForm, errs) })
	}
	setFlash(e, "flash.applicant_erased")
	return redirect(e, "/coordinate/"+program.GetString("slug")+"/applications")
}
