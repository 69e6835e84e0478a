package ui

import (
	"errors"
	"net/http"

	validation "github.com/pocketbase/ozzo-validation/v4"
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
	err := workspace.AnswerSupport(e.App, e.Auth.Id, id, p.Form["answer"])
	var invalid validation.Errors
	switch {
	case errors.Is(err, workspace.ErrNotFound):
		return s.renderNotFound(e)
	case errors.As(err, &invalid):
		p.Errors = map[string]string{"answer_" + id: translate(e, "error.required"), "": translate(e, "workspace.fix_form")}
		return s.renderSupport(e, http.StatusUnprocessableEntity, p)
	case err != nil:
		return err
	}
	setFlash(e, "flash.support_answered")
	return redirect(e, "/coordinate/"+program.GetString("slug")+"/support")
}
