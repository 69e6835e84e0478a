package ui

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/workspace"
)

// meetingConfirm: the partner accepts the proposed time.
func (s *server) meetingConfirm(e *core.RequestEvent) error {
	return s.meetingAction(e, func(m *core.Record, _ string) (string, error) {
		return "flash.meeting_confirmed", workspace.ConfirmMeeting(e.App, e.Auth.Id, m.Id)
	})
}
