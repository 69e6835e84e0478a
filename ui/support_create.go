package ui

import (
	"net/http"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/workspace"
)

// supportCreate sends a support request to the programme's coordinators.
func (s *server) supportCreate(e *core.RequestEvent) error {
	p := newPage(e, "support.title")
	p.Form = formValues(e, "program", "match", "topic", "body")
	_, err := workspace.RequestSupport(e.App, e.Auth.Id, workspace.SupportRequest{
		ProgramID: p.Form["program"], MatchID: p.Form["match"], Topic: p.Form["topic"], Body: p.Form["body"],
	})
	if err != nil {
		return s.answerRefusal(e, err, func(errs map[string]string) error {
			p.Errors = errs
			p.Errors[""] = translate(e, "workspace.fix_form")
			return s.renderHelp(e, http.StatusUnprocessableEntity, p)
		})
	}
	setFlash(e, "flash.support_sent")
	return redirect(e, "/help")
}
