package ui

import (
	"strconv"
	"strings"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/workspace"
)

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
