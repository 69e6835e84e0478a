package ui

import (
	"net/http"
	"unicode/utf8"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/mentoring"
)

// inviteMessageMax is the longest invitation message, as matches.message allows.
const inviteMessageMax = 2000

// directoryInvite sends the viewer's invitation to the mentor, then goes to /me; a refusal
// shows the profile again with the reason and the message kept.
func (s *server) directoryInvite(e *core.RequestEvent) error {
	program, _, ok, err := s.openDirectory(e)
	if !ok {
		return err
	}
	mentor, ok := programRecord(e, program, kernel.CollectionApplications, "application")
	if !ok {
		return s.renderNotFound(e)
	}
	form := formValues(e, "message")
	message := form["message"]
	if problem := inviteMessageProblem(e, message); problem != nil {
		return s.renderMentorProfile(e, http.StatusUnprocessableEntity, form, problem)
	}
	if _, err := mentoring.Invite(e.App, e.Auth.Id, mentor.Id, message); err != nil {
		return s.answerRefusal(e, err, func(errs map[string]string) error {
			return s.renderMentorProfile(e, http.StatusUnprocessableEntity, form, errs)
		})
	}
	setFlash(e, "flash.invitation_sent")
	return redirect(e, "/me")
}

// inviteMessageProblem is the error beside the message of an invitation, single or ranked:
// it must be written, and fit matches.message; nil when it does.
func inviteMessageProblem(e *core.RequestEvent, message string) map[string]string {
	switch {
	case message == "":
		return map[string]string{"message": translate(e, "error.required")}
	case utf8.RuneCountInString(message) > inviteMessageMax:
		return map[string]string{"message": translate(e, "error.too_long")}
	}
	return nil
}
