package ui

import (
	"errors"
	"net/http"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/workspace"
)

// evaluationSubmit records the viewer's answers and returns to the pair's page; wrong answers
// come back beside their questions.
func (s *server) evaluationSubmit(e *core.RequestEvent) error {
	matchID, kind := e.Request.PathValue("id"), e.Request.PathValue("kind")
	form, ok := workspace.FormOf(kind)
	if !ok {
		return s.renderNotFound(e)
	}
	p := newPage(e, "evaluation.title")
	names := make([]string, 0, len(form.Questions))
	for _, q := range form.Questions {
		names = append(names, q.Key)
	}
	p.Form = formValues(e, names...)
	if _, err := workspace.SubmitEvaluation(e.App, e.Auth.Id, matchID, kind, p.Form); err != nil {
		var invalid validation.Errors
		if errors.As(err, &invalid) {
			p.Errors = fieldErrors(e, err)
			p.Errors[""] = translate(e, "workspace.fix_form")
			return s.renderEvaluation(e, http.StatusUnprocessableEntity, p)
		}
		return s.sectionFailure(e, err, "evaluation_show", p, matchID, nil)
	}
	setFlash(e, "flash.evaluation_submitted")
	return redirect(e, "/matches/"+matchID+"#evaluations")
}
