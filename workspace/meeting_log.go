package workspace

import (
	"strings"
	"time"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/internal/calendar"
	"github.com/mentorbase/mentorbase/kernel"
)

// CodeMeetingNotBegun refuses logging as held a meeting whose time is still to come: it is
// proposed instead. A catalog key.
const CodeMeetingNotBegun = "meetingfaults.error.not_begun"

// HeldMeeting is a meeting a member records after it took place, arranged elsewhere: when it
// began, how, how many minutes it took and the notes the pair shares; Token is the form's
// one-time token, as a proposal's.
type HeldMeeting struct {
	Start   time.Time
	Minutes int
	Mode    string
	Notes   string
	Token   string
}

// validate reports what is missing or wrong, per form field, at now.
func (h HeldMeeting) validate(now time.Time) error {
	errs := validation.Errors{}
	if h.Start.IsZero() {
		errs["starts_at"] = validation.ErrRequired
	} else if h.Start.After(now) {
		errs["starts_at"] = kernel.RefuseField("starts_at", CodeMeetingNotBegun)
	}
	if h.Minutes <= 0 || h.Minutes > MaxMeetingMinutes {
		errs["minutes_spent"] = validation.NewError("validation_invalid_value", "between 1 and 480")
	}
	if h.Mode != calendar.ModeInPerson && h.Mode != calendar.ModeVideo && h.Mode != calendar.ModePhone {
		errs["mode"] = validation.ErrInInvalid
	}
	if len(errs) > 0 {
		return errs
	}
	return nil
}

// LogHeldMeeting records a meeting that userID, a member of the active match, held with the
// partner without arranging it in the portal: saved as held at once, so it counts in the
// pair's steps, the report and as a sign of life, and no invite is mailed for a time past.
// Like marking a meeting held, either member may. The same form posted twice logs it once.
func LogHeldMeeting(app core.App, userID, matchID string, h HeldMeeting) (*core.Record, error) {
	if err := h.validate(time.Now()); err != nil {
		return nil, err
	}
	return createMeetingOnce(app, userID, matchID, h.Token, func(_ core.App, _ *kernel.Pair, meeting *core.Record) error {
		meeting.Load(map[string]any{"starts_at": h.Start.UTC(),
			"ends_at": h.Start.Add(time.Duration(h.Minutes) * time.Minute).UTC(), "mode": h.Mode,
			"status": kernel.MeetingHeld, "minutes_spent": h.Minutes, "shared_notes": strings.TrimSpace(h.Notes)})
		return nil
	})
}
