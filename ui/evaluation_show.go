package ui

import (
	"net/http"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/workspace"
)

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
	pair, role, err := s.openPair(e, e.Request.PathValue("id"))
	if err != nil {
		return s.renderNotFound(e)
	}
	work, err := pairWorkOf(e, p, pair, role, "evaluation_show")
	if err != nil {
		return err
	}
	v := newEvaluationPage(e, p, role, form, work.dues)
	p.Title = translate(e, v.TitleKey)
	return s.renderWork(e, status, "evaluation_show", p, pair, work, v)
}
