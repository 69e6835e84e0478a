package ui

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/mentoring"
)

// invitationCancel is the mentee taking back an invitation the mentor has not answered.
func (s *server) invitationCancel(e *core.RequestEvent) error {
	pair, ok := loadInvitation(e)
	if !ok || e.Auth.Id != pair.Mentee.Id {
		return s.renderNotFound(e)
	}
	err := mentoring.CancelInvitation(e.App, e.Auth.Id, pair.Match.Id)
	return s.afterInvitationAction(e, pair, err, map[string]string{}, "flash.invitation_cancelled")
}
