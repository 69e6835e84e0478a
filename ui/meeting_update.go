package ui

import (
	"strconv"
	"strings"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/workspace"
)

// meetingAction runs one change of a meeting for the signed-in member and returns to the
// pair's page with the notice (a catalog key) change returns; the meeting must be one the
// person may see.
func (s *server) meetingAction(e *core.RequestEvent, change func(meeting *core.Record, timezone string) (flash string, err error)) error {
	meeting, pair, err := workspace.Meeting(e.App, e.Auth.Id, e.Request.PathValue("id"))
	if err != nil {
		return s.renderNotFound(e)
	}
	flash, err := change(meeting, pair.Program.GetString("timezone"))
	if err != nil {
		return s.meetingFailure(e, err, pair.Match.Id, newPage(e, "match.title"))
	}
	setFlash(e, flash)
	return redirect(e, "/matches/"+pair.Match.Id+"#meetings")
}

// meetingConfirm: the partner accepts the proposed time.
func (s *server) meetingConfirm(e *core.RequestEvent) error {
	return s.meetingAction(e, func(m *core.Record, _ string) (string, error) {
		return "flash.meeting_confirmed", workspace.ConfirmMeeting(e.App, e.Auth.Id, m.Id)
	})
}

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

// meetingCancel calls a meeting off.
func (s *server) meetingCancel(e *core.RequestEvent) error {
	return s.meetingAction(e, func(m *core.Record, _ string) (string, error) {
		return "flash.meeting_cancelled", workspace.CancelMeeting(e.App, e.Auth.Id, m.Id)
	})
}

// meetingHeld records that a meeting took place, its length and the shared notes.
func (s *server) meetingHeld(e *core.RequestEvent) error {
	return s.meetingAction(e, func(m *core.Record, _ string) (string, error) {
		minutes, err := strconv.Atoi(strings.TrimSpace(e.Request.PostFormValue("minutes_spent")))
		if err != nil {
			return "", validation.Errors{"minutes_spent": validation.NewError("validation_invalid_format", "minutes")}
		}
		return "flash.meeting_held", workspace.MarkHeld(e.App, e.Auth.Id, m.Id, minutes, strings.TrimSpace(e.Request.PostFormValue("shared_notes")))
	})
}
