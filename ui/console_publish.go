package ui

import (
	"net/http"
	"strconv"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/mentoring"
)

// consolePublish turns every draft that is not excluded into an active pair, mailing both
// members; the coordinator must tick the confirmation first.
func (s *server) consolePublish(e *core.RequestEvent) error {
	program, ok := consoleProgram(e)
	if !ok {
		return s.renderNotFound(e)
	}
	if e.Request.PostFormValue("confirm") != "yes" {
		return s.renderConsole(e, http.StatusUnprocessableEntity, map[string]string{"confirm": translate(e, "console.publish.confirm_required")})
	}
	n, err := mentoring.Publish(e.App, e.Auth.Id, program.Id)
	if err != nil {
		return s.consoleRefused(e, err)
	}
	return redirect(e, consoleURL(e)+"?published="+strconv.Itoa(n))
}
