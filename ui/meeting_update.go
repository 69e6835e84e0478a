package ui

import (
	"strconv"
	"strings"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/workspace"
)

// meetingAction runs one change of a meeting for the signed-in member and returns to the
// pair's page with a notice; the meeting must be one the person may see.
func (s *server) meetingAction(e *core.RequestEvent, flash string, change func(meeting *core.Record, timezone string) error) error {
	meeting, pair, err := workspace.Meeting(e.App, e.Auth.Id, e.Request.PathValue("id"))
	if err != nil {
		return s.renderNotFound(e)
	}
	if err := change(meeting, pair.Program.GetString("timezone")); err != nil {
		return s.workspaceFailure(e, err, pair.Match.Id, newPage(e, "match.title"))
	}
	setFlash(e, flash)
	return redirect(e, "/matches/"+pair.Match.Id+"#meetings")
}

// meetingConfirm: the partner accepts the proposed time.
func (s *server) meetingConfirm(e *core.RequestEvent) error {
	return s.meetingAction(e, "flash.meeting_confirmed", func(m *core.Record, _ string) error {
		return workspace.ConfirmMeeting(e.App, e.Auth.Id, m.Id)
	})
}

// meetingReschedule proposes another time or place for a meeting.
func (s *server) meetingReschedule(e *core.RequestEvent) error {
	return s.meetingAction(e, "flash.meeting_rescheduled", func(m *core.Record, timezone string) error {
		proposal, _, err := readProposal(e, timezone)
		if err != nil {
			return err
		}
		return workspace.RescheduleMeeting(e.App, e.Auth.Id, m.Id, proposal)
	})
}

// meetingCancel calls a meeting off.
func (s *server) meetingCancel(e *core.RequestEvent) error {
	return s.meetingAction(e, "flash.meeting_cancelled", func(m *core.Record, _ string) error {
		return workspace.CancelMeeting(e.App, e.Auth.Id, m.Id)
	})
}

// meetingHeld records that a meeting took place, its length and the shared notes.
func (s *server) meetingHeld(e *core.RequestEvent) error {
	return s.meetingAction(e, "flash.meeting_held", func(m *core.Record, _ string) error {
		minutes, err := strconv.Atoi(strings.TrimSpace(e.Request.PostFormValue("minutes_spent")))
		if err != nil {
			return validation.Errors{"minutes_spent": validation.NewError("validation_invalid_format", "minutes")}
		}
		return workspace.MarkHeld(e.App, e.Auth.Id, m.Id, minutes, strings.TrimSpace(e.Request.PostFormValue("shared_notes")))
	})
}
