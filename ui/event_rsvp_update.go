package ui

import (
	"errors"
	"net/http"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

// answeredFlash is the notice after each answer.
var answeredFlash = map[string]string{
	kernel.RSVPComing:    "flash.event_answered_coming",
	kernel.RSVPNotComing: "flash.event_answered_not_coming",
}

// eventRSVPUpdate records an invitee's answer (coming / not coming): from an invitation's
// signed link, which needs no sign-in, or from the portal by the signed-in invitee. The
// answers' record hook refuses anyone the event does not invite, whoever saves the answer.
func (s *server) eventRSVPUpdate(e *core.RequestEvent) error {
	eventID := e.Request.PathValue("id")
	userID, signature := e.Request.PostFormValue("u"), e.Request.PostFormValue("s")
	signed := workspace.ValidRSVPSignature(e.App, eventID, userID, signature)
	switch {
	case signed:
		speakInvitee(e, userID)
	case userID == "" && e.Auth != nil:
		userID = e.Auth.Id
	default:
		return s.renderNotFound(e)
	}
	answer := e.Request.PostFormValue("answer")
	if err := workspace.AnswerEvent(e.App, eventID, userID, answer); err != nil {
		return s.answerRefusal(e, err, func(errs map[string]string) error {
			if !signed {
				return s.renderForbidden(e, refusalCode(err))
			}
			p := newPage(e, "events.rsvp.title")
			p.Errors[""] = translate(e, refusalCode(err))
			return s.renderEventRSVP(e, http.StatusUnprocessableEntity, p, userID, signature)
		})
	}
	setFlash(e, answeredFlash[answer])
	if signed {
		return redirect(e, workspace.RSVPPath(e.App, eventID, userID))
	}
	return redirect(e, localPath(e.Request.PostFormValue("next")))
}

// refusalCode is the catalog key of a refused answer: the domain's refusal or the record
// hook's validation code.
func refusalCode(err error) string {
	var refused *kernel.Error
	if errors.As(err, &refused) {
		return refused.Code
	}
	var invalid validation.Errors
	if errors.As(err, &invalid) {
		for _, fieldErr := range invalid {
			var coded validation.Error
			if errors.As(fieldErr, &coded) {
				return coded.Code()
			}
		}
	}
	return "error.generic"
}
