package ui

import (
	"net/http"

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
		return s.answerRefusal(e, err, func(errs map[string]string) error {
			p.Errors = errs
			p.Errors[""] = translate(e, "workspace.fix_form")
			return s.renderEvaluation(e, http.StatusUnprocessableEntity, p)
		})
	}
	setFlash(e, "flash.evaluation_submitted")
	return redirect(e, "/matches/"+matchID+"#evaluations")
}
