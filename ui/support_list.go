package ui

import (
	"errors"
	"net/http"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/pb_hooks"
	"github.com/mentorbase/mentorbase/workspace"
)

// supportView is a programme's support requests for its coordinators.
type supportView struct {
	Slug, ProgramName string
	Requests          []supportRow
}

// supportList lists the support requests of a programme to its coordinators; anyone else gets
// the 404 page.
func (s *server) supportList(e *core.RequestEvent) error {
	return s.renderSupport(e, http.StatusOK, newPage(e, "support.list.title"))
}

// renderSupport renders the coordinators' list, also after an answer that needs fixing.
func (s *server) renderSupport(e *core.RequestEvent, status int, p *page) error {
	program, err := workspace.CoordinatedProgram(e.App, e.Auth.Id, e.Request.PathValue("slug"))
	if err != nil {
		return s.renderNotFound(e)
	}
	requests, err := workspace.SupportRequests(e.App, program.Id)
	if err != nil {
		return err
	}
	v := &supportView{Slug: program.GetString("slug"), ProgramName: program.GetString("name")}
	for _, r := range requests {
		asker, _ := e.App.FindRecordById("users", r.GetString("user"))
		row := newSupportRow(r, asker)
		if asker == nil || !pb_hooks.ContactVisible(e.App, e.Auth.Id, asker.Id) {
			row.Email = ""
		}
		v.Requests = append(v.Requests, row)
	}
	p.Data = v
	return s.render(e, status, "support_list", p)
}

// supportAnswer records a coordinator's answer and e-mails it to the person who asked.
func (s *server) supportAnswer(e *core.RequestEvent) error {
	slug, id := e.Request.PathValue("slug"), e.Request.PathValue("id")
	if _, err := workspace.CoordinatedProgram(e.App, e.Auth.Id, slug); err != nil {
		return s.renderNotFound(e)
	}
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
	return redirect(e, "/coordinate/"+slug+"/support")
}
