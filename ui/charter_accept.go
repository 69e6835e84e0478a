package ui

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/mentoring"
)

// charterAccept records that the person accepts the programme's current charter in the role
// they apply with (or hold), then goes on: to the form they came from, else to /me.
func (s *server) charterAccept(e *core.RequestEvent) error {
	program, ok := visibleProgram(e)
	if !ok {
		return s.renderNotFound(e)
	}
	role := e.Request.PostFormValue("role")
	if existing := userApplication(e.App, e.Auth.Id, program.Id); existing != nil {
		role = existing.GetString("role")
	}
	next := localPath(e.Request.PostFormValue("next"))
	if !validRole(role) {
		return s.charterStep(e, program, "", next, translate(e, "application.charter.must_choose_role"))
	}
	if e.Request.PostFormValue("accept") == "" {
		return s.charterStep(e, program, role, next, translate(e, "application.charter.must_tick"))
	}
	if _, err := mentoring.AcceptCharter(e.App, e.Auth.Id, program.Id, role); err != nil {
		return err
	}
	setFlash(e, "flash.application_charter_accepted")
	if next == "/" {
		next = "/me"
	}
	return redirect(e, next)
}
