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
	program, ok := visibleProgram(e)
	if !ok {
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
		Actions     programActions
	}{newProgramCard(program, time.Now()), description, programSteps(program), newProgramActions(e, program)}
	return s.render(e, http.StatusOK, "program_show", p)
}

// programActions are the buttons of a programme page for the person looking at it.
type programActions struct {
	Open          bool   // applications are taken now
	ApplicationID string // the person's application, shown instead of the apply buttons
	BrowseMentors bool   // an approved mentee of a self-service programme
	Coordinator   bool
}

func newProgramActions(e *core.RequestEvent, program *core.Record) programActions {
	a := programActions{Open: applicationsOpen(program)}
	if e.Auth == nil {
		return a
	}
	if application := userApplication(e.App, e.Auth.Id, program.Id); application != nil {
		a.ApplicationID = application.Id
		a.BrowseMentors = program.GetString("matching_mode") == "self_service" &&
			application.GetString("role") == "mentee" && application.GetString("status") == "approved"
	}
	a.Coordinator = coordinates(program, e.Auth)
	return a
}
