package workspace

import (
	"fmt"
	"slices"
	"time"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// meetingNext lists the statuses a meeting may take from each status: a cancelled meeting
// stays cancelled and a held one stays held (its minutes and notes may still be edited).
var meetingNext = map[string][]string{
	kernel.MeetingProposed:  {kernel.MeetingProposed, kernel.MeetingConfirmed, kernel.MeetingCancelled, kernel.MeetingHeld},
	kernel.MeetingConfirmed: {kernel.MeetingProposed, kernel.MeetingConfirmed, kernel.MeetingCancelled, kernel.MeetingHeld},
	kernel.MeetingHeld:      {kernel.MeetingHeld},
	kernel.MeetingCancelled: {kernel.MeetingCancelled},
}

// recordError is the validation error of one field of a workspace record, in the form the
// REST API answers for PocketBase's own checks.
func recordError(field, code, message string) error {
	return validation.Errors{field: validation.NewError(code, message)}
}

// CodeMeetingPast refuses a meeting proposed, or moved, to a time already past; a catalog key.
const CodeMeetingPast = "meetingfaults.error.past"

// CheckMeetingStart refuses a new meeting that starts before the current minute: a meeting is
// arranged before it takes place, and an invite to a past time is of no use to a calendar.
// A meeting logged as held (LogHeldMeeting) is the other way round: it has begun. The
// meetings hook calls it whoever saves (portal, REST API, dashboard).
func CheckMeetingStart(meeting *core.Record, now time.Time) error {
	start := meeting.GetDateTime("starts_at").Time()
	if meeting.GetString("status") == kernel.MeetingHeld {
		if start.After(now) {
			return kernel.RefuseField("starts_at", CodeMeetingNotBegun).Validation()
		}
		return nil
	}
	return checkStart(start, now)
}

// checkStart refuses a start before now's minute (the form's own precision), beside the date.
func checkStart(start, now time.Time) error {
	if !start.IsZero() && start.Before(now.Truncate(time.Minute)) {
		return kernel.RefuseField("starts_at", CodeMeetingPast).Validation()
	}
	return nil
}

// CheckNewMeeting refuses a meeting that does not belong to an active match, is proposed by
// someone outside the pair, starts neither proposed nor confirmed nor logged as held, or ends
// before it starts;
// whoever saves it, so the REST API cannot arrange what the portal would not.
func CheckNewMeeting(app core.App, meeting *core.Record) error {
	if err := checkMeetingTimes(meeting); err != nil {
		return err
	}
	pair, err := kernel.FindPair(app, meeting.GetString("match"))
	if err != nil || pair.Match.GetString("status") != kernel.MatchActive {
		return recordError("match", "validation_match_not_active", "Meetings are arranged within an active match.")
	}
	if by := meeting.GetString("proposed_by"); by != "" && pair.Role(by) == "" {
		return recordError("proposed_by", "validation_not_member", "Only a member of the pair proposes a meeting.")
	}
	switch meeting.GetString("status") {
	case kernel.MeetingProposed, kernel.MeetingConfirmed:
	case kernel.MeetingHeld:
		if minutes := meeting.GetInt("minutes_spent"); minutes <= 0 || minutes > MaxMeetingMinutes {
			return recordError("minutes_spent", "validation_invalid_value", fmt.Sprintf("A meeting takes 1 to %d minutes.", MaxMeetingMinutes))
		}
	default:
		return recordError("status", "validation_invalid_value", "A new meeting is proposed, confirmed or logged as held.")
	}
	return nil
}

// checkMeetingTimes refuses a meeting that ends before it starts.
func checkMeetingTimes(meeting *core.Record) error {
	start, end := meeting.GetDateTime("starts_at"), meeting.GetDateTime("ends_at")
	if !start.IsZero() && !end.IsZero() && !end.After(start) {
		return recordError("ends_at", "validation_ends_before_start", "A meeting ends after it starts.")
	}
	return nil
}

// CheckMeetingChange enforces the rules of a changed meeting and returns which invite it
// calls for: "cancelled", "rescheduled", "confirmed", "updated" or "" (none: notes, minutes,
// held). A moved meeting is proposed again; a new agenda (the invite's description) of a
// coming meeting updates both calendars without asking anyone to agree again. Each of these
// raises the sequence once, unless the caller already did; a sequence never decreases, so
// calendars always replace the event they hold.
func CheckMeetingChange(meeting *core.Record, now time.Time) (string, error) {
	old := meeting.Original()
	if err := checkMeetingEdit(meeting, old, now); err != nil {
		return "", err
	}
	from, to := old.GetString("status"), meeting.GetString("status")
	moved := MeetingMoved(meeting)
	if moved && to == kernel.MeetingConfirmed {
		meeting.Set("status", kernel.MeetingProposed)
		to = kernel.MeetingProposed
	}
	cancelling := to == kernel.MeetingCancelled && from != kernel.MeetingCancelled
	revised := meeting.GetString("agenda") != old.GetString("agenda") && comingStatus(from) && comingStatus(to)
	if (moved || cancelling || revised) && meeting.GetInt("sequence") == old.GetInt("sequence") {
		meeting.Set("sequence", old.GetInt("sequence")+1)
	}
	switch {
	case cancelling:
		return "cancelled", nil
	case moved:
		return "rescheduled", nil
	case to == kernel.MeetingConfirmed && from != kernel.MeetingConfirmed:
		return "confirmed", nil
	case revised:
		return "updated", nil
	}
	return "", nil
}

// checkMeetingEdit refuses the changes no meeting may make, whatever the invite.
func checkMeetingEdit(meeting, old *core.Record, now time.Time) error {
	if err := checkMeetingTimes(meeting); err != nil {
		return err
	}
	if meeting.GetString("match") != old.GetString("match") {
		return recordError("match", "validation_match_changed", "A meeting stays with its pair.")
	}
	from, to := old.GetString("status"), meeting.GetString("status")
	if !slices.Contains(meetingNext[from], to) {
		return recordError("status", "validation_invalid_value", "A "+from+" meeting cannot become "+to+".")
	}
	if meeting.GetInt("sequence") < old.GetInt("sequence") {
		return recordError("sequence", "validation_sequence_decreased", "A meeting's sequence only grows.")
	}
	if MeetingMoved(meeting) && !comingStatus(from) {
		return recordError("starts_at", "validation_meeting_closed", "A held or cancelled meeting cannot move.")
	}
	if start := meeting.GetDateTime("starts_at").Time(); !start.Equal(old.GetDateTime("starts_at").Time()) {
		if err := checkStart(start, now); err != nil {
			return err
		}
	}
	if to == kernel.MeetingHeld {
		return checkHeld(meeting, old, now)
	}
	return nil
}

// checkHeld: a meeting is marked held once it has started, and the minutes it took are
// those of a meeting, as the portal asks for them.
func checkHeld(meeting, old *core.Record, now time.Time) error {
	if old.GetString("status") != kernel.MeetingHeld && meeting.GetDateTime("starts_at").Time().After(now) {
		return recordError("status", "validation_meeting_not_started", "A meeting is marked held once it has started.")
	}
	if minutes := meeting.GetInt("minutes_spent"); minutes != old.GetInt("minutes_spent") && (minutes < 0 || minutes > MaxMeetingMinutes) {
		return recordError("minutes_spent", "validation_invalid_value", fmt.Sprintf("A meeting takes at most %d minutes.", MaxMeetingMinutes))
	}
	return nil
}

// ConfirmsOwnProposal reports whether userID is confirming the meeting they proposed: the
// partner confirms, so that both members have agreed to the time and place.
func ConfirmsOwnProposal(meeting *core.Record, userID string) bool {
	confirming := meeting.GetString("status") == kernel.MeetingConfirmed &&
		meeting.Original().GetString("status") != kernel.MeetingConfirmed
	return confirming && userID == meeting.GetString("proposed_by")
}

// CheckRoadbookChange refuses turning a submitted road-book back into a draft: the mentor
// was mailed the submission and reads it as final.
func CheckRoadbookChange(roadbook *core.Record) error {
	if !roadbook.Original().GetDateTime("submitted_at").IsZero() && roadbook.GetDateTime("submitted_at").IsZero() {
		return recordError("submitted_at", "validation_roadbook_submitted", "A submitted road-book cannot become a draft again.")
	}
	return nil
}

// comingStatus reports whether a meeting of status is still to be held.
func comingStatus(status string) bool {
	return status == kernel.MeetingProposed || status == kernel.MeetingConfirmed
}
