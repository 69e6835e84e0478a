package ui

import (
	"html/template"
	"net/http"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/internal/markdown"
	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/mentoring"
)

// programShow presents one programme: summary, description, dated steps, the events coming
// up and how it works.
// A programme the person may not see answers 404, so its existence does not leak.
func (s *server) programShow(e *core.RequestEvent) error {
	program, ok := visibleProgram(e)
	if !ok {
		return s.renderNotFound(e)
	}
	locale := requestLocale(e)
	text, lang := mentoring.ProgramText(program, "description", locale)
	description, err := markdown.Render(text)
	if err != nil {
		return err
	}
	now := time.Now()
	events, err := comingEvents(e, []*core.Record{program}, now, false, nil)
	if err != nil {
		return err
	}
	p := newPage(e, "program.title")
	card := newProgramCard(program, locale, now)
	p.Title = card.Name
	p.Data = struct {
		Program         programCard
		Description     template.HTML
		DescriptionLang string
		Zone            string
		Steps           []programStep
		Events          []eventView
		Actions         programActions
	}{card, description, lang, kernel.ProgramZone(program).String(), programSteps(program), events, newProgramActions(e, program)}
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
	a := programActions{Open: mentoring.TakesApplications(program, time.Now())}
	if e.Auth == nil {
		return a
	}
	if application := userApplication(e.App, e.Auth.Id, program.Id); application != nil {
		a.ApplicationID = application.Id
		a.BrowseMentors = program.GetString("matching_mode") == kernel.MatchingSelfService &&
			application.GetString("role") == kernel.RoleMentee && application.GetString("status") == kernel.ApplicationApproved
	}
	a.Coordinator = coordinates(program, e.Auth)
	return a
}
