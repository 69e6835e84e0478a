package ui

import (
	"github.com/pocketbase/pocketbase/core"
)

// invitationAccept is the mentor's yes: the pair becomes active and both get the other's
// contact details.
func (s *server) invitationAccept(e *core.RequestEvent) error {
	return s.invitationRespond(e, true, "flash.invitation_accepted")
}
