package ui

import (
	"net/http"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/mentoring"
)

// consoleAssign pairs the chosen mentee and mentor by hand, as a locked draft, dropping the
// mentor's pair the coordinator chose when the mentor has no seat left.
func (s *server) consoleAssign(e *core.RequestEvent) error {
	program, ok := consoleProgram(e)
	if !ok {
		return s.renderNotFound(e)
	}
	mentee, mentor := e.Request.PostFormValue("mentee"), e.Request.PostFormValue("mentor")
	if _, err := mentoring.AssignPair(e.App, e.Auth.Id, mentee, mentor, e.Request.PostFormValue("drop")); err != nil {
		return s.answerRefusal(e, err, func(errs map[string]string) error {
			return s.renderAssign(e, http.StatusUnprocessableEntity, mentee, mentor, errs)
		})
	}
	setFlash(e, "flash.console_assigned")
	return redirect(e, "/coordinate/"+program.GetString("slug")+"/matching")
}
