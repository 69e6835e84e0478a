package ui

import (
	"net/http"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/mentoring"
)

// applicationNew is the way into a programme as mentor or mentee: the programme's charter first,
// until the person has accepted its current version, then the application form. Someone who
// already applied is taken to their application instead.
func (s *server) applicationNew(e *core.RequestEvent) error {
	program, role, ok, err := s.openApplicationForm(e)
	if !ok {
		return err
	}
	accepted, err := kernel.HasAcceptedCharter(e.App, e.Auth.Id, program.Id, time.Now())
	if err != nil {
		return err
	}
	if !accepted {
		return s.charterStep(e, program, role, e.Request.URL.Path, "")
	}
	in := applicationInput{Role: role, Single: map[string]string{"phone": e.Auth.GetString("phone")}, Multi: map[string][]string{}}
	return s.renderApplicationForm(e, http.StatusOK, program, in, map[string]string{}, nil)
}

// openApplicationForm reads the programme and the role of the address when the person may apply
// there now. Otherwise it has answered instead of the form and ok is false, err being that
// answer's error: 404 for an unknown or hidden programme or role; their application, or a
// clear message when it was in the other role, when they already applied; a notice when the
// programme does not take applications now.
func (s *server) openApplicationForm(e *core.RequestEvent) (program *core.Record, role string, ok bool, err error) {
	program, role, ok = applicationTarget(e)
	if !ok {
		return nil, "", false, s.renderNotFound(e)
	}
	if existing := userApplication(e.App, e.Auth.Id, program.Id); existing != nil && existing.GetString("status") != kernel.ApplicationWithdrawn {
		if existing.GetString("role") == role {
			return nil, "", false, redirect(e, "/applications/"+existing.Id+"/edit")
		}
		return nil, "", false, s.renderApplicationNotice(e, http.StatusConflict, program, otherRoleKeys[role],
			"/applications/"+existing.Id+"/edit", "application.see_application")
	}
	if !mentoring.TakesApplications(program, time.Now()) {
		return nil, "", false, s.renderApplicationNotice(e, http.StatusOK, program, "application.closed",
			"/programs/"+program.GetString("slug"), "application.back_to_program")
	}
	return program, role, true, nil
}

// otherRoleKeys explain, per role asked for, that the person already applied in the other one.
var otherRoleKeys = map[string]string{
	kernel.RoleMentor: "application.error.already_mentee",
	kernel.RoleMentee: "application.error.already_mentor",
}
