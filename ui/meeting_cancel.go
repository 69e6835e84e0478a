package ui

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/workspace"
)

// meetingCancel calls a meeting off.
func (s *server) meetingCancel(e *core.RequestEvent) error {
	return s.meetingAction(e, func(m *core.Record, _ string) (string, error) {
		return "flash.meeting_cancelled", workspace.CancelMeeting(e.App, e.Auth.Id, m.Id)
	})
}
