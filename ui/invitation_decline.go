package ui

import (
	"github.com/pocketbase/pocketbase/core"
)

// invitationDecline is the mentor's no, with an optional reason the mentee reads.
func (s *server) invitationDecline(e *core.RequestEvent) error {
	return s.invitationRespond(e, false, "flash.invitation_declined")
}
