package ui

import (
	"html/template"
	"net/http"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/internal/markdown"
)

// programShow presents one programme: summary, description, dated steps and how it works.
// A programme the person may not see answers 404, so its existence does not leak.
func (s *server) programShow(e *core.RequestEvent) error {
	program, err := e.App.FindFirstRecordByData("programs", "slug", e.Request.PathValue("slug"))
	if err != nil || !programVisible(program, e.Auth) {
		return s.renderNotFound(e)
	}
	description, err := markdown.Render(program.GetString("description"))
	if err != nil {
		return err
	}
	p := newPage(e, "program.title")
	p.Title = program.GetString("name")
	p.Data = struct {
		Program     programCard
		Description template.HTML
		Steps       []programStep
	}{newProgramCard(program, time.Now()), description, programSteps(program)}
	return s.render(e, http.StatusOK, "program_show", p)
}
