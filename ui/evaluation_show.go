package ui

import (
	"errors"
	"net/http"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/workspace"
)

// evaluationList is the pair's evaluations section on a page of its own.
func (s *server) evaluationList(e *core.RequestEvent) error {
	return s.renderSection(e, http.StatusOK, "evaluation_list", newPage(e, "workspace.section.evaluations"), e.Request.PathValue("id"), nil)
}

// evaluationShow is one evaluation form of the pair: the form when it is the viewer's to fill
// in now, and the answers the viewer may read (their own, their partner's where the form is
// shared, every one for a coordinator).
func (s *server) evaluationShow(e *core.RequestEvent) error {
	return s.renderEvaluation(e, http.StatusOK, newPage(e, "evaluation.title"))
}

// renderEvaluation renders the evaluation page, also after a submission that needs fixing.
func (s *server) renderEvaluation(e *core.RequestEvent, status int, p *page) error {
	form, ok := workspace.FormOf(e.Request.PathValue("kind"))
	if !ok {
		return s.renderNotFound(e)
	}
	pair, role, err := workspace.Open(e.App, e.Auth.Id, e.Request.PathValue("id"))
	if err != nil {
		return s.renderNotFound(e)
	}
	work, err := pairWorkOf(e, pair, role)
	if err != nil {
		return err
	}
	v := newEvaluationPage(e, p, role, form, work.dues)
	p.Title = translate(e, v.TitleKey)
	return s.renderWork(e, status, "evaluation_show", p, pair, work, v)
}

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
