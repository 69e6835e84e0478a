package ui

import (
	"net/http"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/workspace"
)

// supportAnswer records a coordinator's answer and e-mails it to the person who asked.
func (s *server) supportAnswer(e *core.RequestEvent) error {
	program, ok := coordinatedProgram(e)
	if !ok {
		return s.renderNotFound(e)
	}
	id := e.Request.PathValue("id")
	p := newPage(e, "support.list.title")
	p.Form = formValues(e, "answer")
	// Each request on the page has its own answer box, so the message goes beside this one.
	if err := workspace.AnswerSupport(e.App, e.Auth.Id, id, p.Form["answer"]); err != nil {
		return s.answerRefusal(e, err, func(errs map[string]string) error {
			p.Errors = map[string]string{"answer_" + id: errs["answer"], "": translate(e, "workspace.fix_form")}
			return s.renderSupport(e, http.StatusUnprocessableEntity, p)
		})
	}
	setFlash(e, "flash.support_answered")
	return redirect(e, "/coordinate/"+program.GetString("slug")+"/support")
}
