package ui

import (
	"net/http"
	"unicode/utf8"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/mentoring"
)

// invitationReasonMax is the longest answer to an invitation, as matches.response allows.
const invitationReasonMax = 2000

// invitationRespond records the invited mentor's answer, yes or no, for invitationAccept and
// invitationDecline; anyone else gets the 404 page.
func (s *server) invitationRespond(e *core.RequestEvent, accept bool, flash string) error {
	pair, ok := loadInvitation(e)
	if !ok || e.Auth.Id != pair.Mentor.Id {
		return s.renderNotFound(e)
	}
	form := formValues(e, "reason")
	if utf8.RuneCountInString(form["reason"]) > invitationReasonMax {
		return s.renderInvitation(e, http.StatusUnprocessableEntity, form, map[string]string{"reason": translate(e, "error.too_long")})
	}
	err := mentoring.Respond(e.App, e.Auth.Id, pair.Match.Id, accept, form["reason"])
	return s.afterInvitationAction(e, pair, err, form, flash)
}

// afterInvitationAction redirects back to the invitation with a notice, or shows the page
// again with what the domain refused.
func (s *server) afterInvitationAction(e *core.RequestEvent, pair *invitationPair, err error, form map[string]string, flash string) error {
	if err != nil {
		return s.answerRefusal(e, err, func(errs map[string]string) error {
			return s.renderInvitation(e, http.StatusUnprocessableEntity, form, errs)
		})
	}
	setFlash(e, flash)
	return redirect(e, "/invitations/"+pair.Match.Id)
}
