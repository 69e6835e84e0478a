package ui

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/workspace"
)

// meetingReschedule changes a meeting's time, place or agenda; the notice says whether the
// partner is asked to confirm again (a new time or place) or not (a new agenda only).
func (s *server) meetingReschedule(e *core.RequestEvent) error {
	return s.meetingAction(e, func(m *core.Record, timezone string) (string, error) {
		proposal, _, err := readProposal(e, timezone)
		if err != nil {
			return "", err
		}
		flash := "flash.meeting_updated"
		if proposal.Moves(m) {
			flash = "flash.meeting_rescheduled"
		}
		return flash, workspace.RescheduleMeeting(e.App, e.Auth.Id, m.Id, proposal)
	})
}
