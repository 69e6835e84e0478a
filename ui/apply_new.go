package ui

import (
	"net/http"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/mentoring"
)

// applyNew is the way into a programme as mentor or mentee: the programme's charter first,
// until the person has accepted its current version, then the application form. Someone who
// already applied is taken to their application instead.
func (s *server) applyNew(e *core.RequestEvent) error {
	program, role, ok := applyTarget(e)
	if !ok {
		return s.renderNotFound(e)
	}
	if stop, err := s.applyBlocked(e, program, role); stop || err != nil {
		return err
	}
	accepted, err := mentoring.HasAcceptedCurrent(e.App, e.Auth.Id, program.Id)
	if err != nil {
		return err
	}
	if !accepted {
		return s.charterStep(e, program, role, e.Request.URL.Path, "")
	}
	in := applicationInput{Role: role, Single: map[string]string{"phone": e.Auth.GetString("phone")}, Multi: map[string][]string{}}
	return s.renderApplyForm(e, http.StatusOK, program, in, map[string]string{}, nil)
}

// applyBlocked answers instead of the form when the person cannot apply here: they already
// applied (their application, or a clear message when it was in the other role), or the
// programme does not take applications now. stop reports that it answered.
func (s *server) applyBlocked(e *core.RequestEvent, program *core.Record, role string) (stop bool, err error) {
	if existing := userApplication(e.App, e.Auth.Id, program.Id); existing != nil && existing.GetString("status") != "withdrawn" {
		if existing.GetString("role") == role {
			return true, redirect(e, "/applications/"+existing.Id+"/edit")
		}
		return true, s.renderApplyNotice(e, http.StatusConflict, program, otherRoleKeys[role],
			"/applications/"+existing.Id+"/edit", "apply.see_application")
	}
	if !applicationsOpen(program) {
		return true, s.renderApplyNotice(e, http.StatusOK, program, "apply.closed",
			"/programs/"+program.GetString("slug"), "apply.back_to_program")
	}
	return false, nil
}

// otherRoleKeys explain, per role asked for, that the person already applied in the other one.
var otherRoleKeys = map[string]string{
	"mentor": "apply.error.already_mentee",
	"mentee": "apply.error.already_mentor",
}
