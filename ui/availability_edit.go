package ui

import (
	"net/http"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// availabilityView is a mentor's pause page: the programme, the pause in force and the form.
type availabilityView struct {
	ID          string
	Program     programCard
	PausedUntil string // the day mentees may invite again (programme's clock), empty when open
}

// availabilityEdit shows a mentor their pause ("not taking new mentees until…") with the
// form to pause or resume; only the mentor's own application has one.
func (s *server) availabilityEdit(e *core.RequestEvent) error {
	application, program, ok := ownApplication(e)
	if !ok || application.GetString("role") != kernel.RoleMentor {
		return s.renderNotFound(e)
	}
	return s.renderAvailability(e, http.StatusOK, application, program, map[string]string{}, map[string]string{})
}

// renderAvailability renders the pause page of the mentor's application in program, also
// with the errors of a pause that needs fixing and what was typed.
func (s *server) renderAvailability(e *core.RequestEvent, status int, application, program *core.Record, form, errs map[string]string) error {
	p := newPage(e, "availability.title")
	p.Form, p.Errors = form, errs
	v := availabilityView{ID: application.Id, Program: newProgramCard(program, requestLocale(e), time.Now())}
	if until, paused := kernel.PausedUntil(application, time.Now()); paused {
		v.PausedUntil = kernel.PauseDay(until, program)
	}
	p.Data = v
	return s.render(e, status, "availability_edit", p)
}
