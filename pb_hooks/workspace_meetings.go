package pb_hooks

import (
	"fmt"
	"slices"
	"time"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

// meetingNext lists the statuses a meeting may take from each status: a cancelled meeting
// stays cancelled and a held one stays held (its minutes and notes may still be edited).
var meetingNext = map[string][]string{
	kernel.MeetingProposed:  {kernel.MeetingProposed, kernel.MeetingConfirmed, kernel.MeetingCancelled, kernel.MeetingHeld},
	kernel.MeetingConfirmed: {kernel.MeetingProposed, kernel.MeetingConfirmed, kernel.MeetingCancelled, kernel.MeetingHeld},
	kernel.MeetingHeld:      {kernel.MeetingHeld},
	kernel.MeetingCancelled: {kernel.MeetingCancelled},
}

// bindWorkspace binds the rules of the pair's workspace: meetings, the road-book, and what
// ending a pair does to its meetings.
func bindWorkspace(app core.App) {
	bindMeetingRules(app)
	bindRoadbookRules(app)
	bindMatchEnding(app)
}

// bindMeetingRules keeps meetings consistent whoever saves them (portal, REST API, dashboard)
// and mails both members the invite of every proposal, confirmation, change and cancellation
// in the same transaction as the change. The mails live here rather than in the workspace
// package so that a change made through the REST API or the dashboard reaches the pair's
// calendars too: a calendar that misses a cancellation is worse than one extra e-mail.
// Building the invites inside the transaction holds the database's only writer, which is
// fine because that work is bounded: the dates are within the programme's window
// (bindDateWindow, checked when the record validates, before the mails are queued) and the
// VTIMEZONE builder scans a capped range of years whatever the dates (internal/calendar).
func bindMeetingRules(app core.App) {
	app.OnRecordCreate(kernel.CollectionMeetings).BindFunc(func(e *core.RecordEvent) error {
		return e.App.RunInTransaction(func(txApp core.App) error {
			e.App = txApp
			if err := checkNewMeeting(txApp, e.Record); err != nil {
				return err
			}
			if err := e.Next(); err != nil {
				return err
			}
			return workspace.MailMeetingChange(txApp, e.Record, "proposed")
		})
	})
	app.OnRecordUpdate(kernel.CollectionMeetings).BindFunc(func(e *core.RecordEvent) error {
		return e.App.RunInTransaction(func(txApp core.App) error {
			e.App = txApp
			kind, err := checkMeetingChange(e.Record)
			if err != nil {
				return err
			}
			if err := e.Next(); err != nil {
				return err
			}
			if kind == "" {
				return nil
			}
			return workspace.MailMeetingChange(txApp, e.Record, kind)
		})
	})
	app.OnRecordUpdateRequest(kernel.CollectionMeetings).BindFunc(func(e *core.RecordRequestEvent) error {
		confirming := e.Record.GetString("status") == kernel.MeetingConfirmed &&
			e.Record.Original().GetString("status") != kernel.MeetingConfirmed
		if confirming && e.Auth != nil && !e.HasSuperuserAuth() && e.Auth.Id == e.Record.GetString("proposed_by") {
			return e.BadRequestError("The partner confirms a meeting, not the member who proposed it.", nil)
		}
		return e.Next()
	})
}

// meetingError is the validation error of one field of a meeting.
func meetingError(field, code, message string) error {
	return validation.Errors{field: validation.NewError(code, message)}
}

// checkNewMeeting: a meeting belongs to an active match, is proposed by one of its members,
// starts proposed or confirmed, and ends after it starts.
func checkNewMeeting(app core.App, meeting *core.Record) error {
	if err := checkMeetingTimes(meeting); err != nil {
		return err
	}
	pair, err := kernel.FindPair(app, meeting.GetString("match"))
	if err != nil || pair.Match.GetString("status") != kernel.MatchActive {
		return meetingError("match", "validation_match_not_active", "Meetings are arranged within an active match.")
	}
	if by := meeting.GetString("proposed_by"); by != "" && pair.Role(by) == "" {
		return meetingError("proposed_by", "validation_not_member", "Only a member of the pair proposes a meeting.")
	}
	if status := meeting.GetString("status"); status != kernel.MeetingProposed && status != kernel.MeetingConfirmed {
		return meetingError("status", "validation_invalid_value", "A new meeting is proposed or confirmed.")
	}
	return nil
}

func checkMeetingTimes(meeting *core.Record) error {
	start, end := meeting.GetDateTime("starts_at"), meeting.GetDateTime("ends_at")
	if !start.IsZero() && !end.IsZero() && !end.After(start) {
		return meetingError("ends_at", "validation_ends_before_start", "A meeting ends after it starts.")
	}
	return nil
}

// checkMeetingChange enforces the rules of a changed meeting and returns which invite it
// calls for: "cancelled", "rescheduled", "confirmed", "updated" or "" (none: notes, minutes,
// held). A moved meeting is proposed again; a new agenda (the invite's description) of a
// coming meeting updates both calendars without asking anyone to agree again. Each of these
// raises the sequence once, unless the caller already did; a sequence never decreases.
func checkMeetingChange(meeting *core.Record) (string, error) {
	old := meeting.Original()
	if err := checkMeetingEdit(meeting, old); err != nil {
		return "", err
	}
	from, to := old.GetString("status"), meeting.GetString("status")
	moved := workspace.MeetingMoved(meeting)
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
func checkMeetingEdit(meeting, old *core.Record) error {
	if err := checkMeetingTimes(meeting); err != nil {
		return err
	}
	if meeting.GetString("match") != old.GetString("match") {
		return meetingError("match", "validation_match_changed", "A meeting stays with its pair.")
	}
	from, to := old.GetString("status"), meeting.GetString("status")
	if !slices.Contains(meetingNext[from], to) {
		return meetingError("status", "validation_invalid_value", "A "+from+" meeting cannot become "+to+".")
	}
	if meeting.GetInt("sequence") < old.GetInt("sequence") {
		return meetingError("sequence", "validation_sequence_decreased", "A meeting's sequence only grows.")
	}
	if workspace.MeetingMoved(meeting) && !comingStatus(from) {
		return meetingError("starts_at", "validation_meeting_closed", "A held or cancelled meeting cannot move.")
	}
	if to == kernel.MeetingHeld {
		return checkHeld(meeting, old)
	}
	return nil
}

// checkHeld: a meeting is marked held once it has started, and the minutes it took are
// those of a meeting, as the portal asks for them.
func checkHeld(meeting, old *core.Record) error {
	if old.GetString("status") != kernel.MeetingHeld && meeting.GetDateTime("starts_at").Time().After(time.Now()) {
		return meetingError("status", "validation_meeting_not_started", "A meeting is marked held once it has started.")
	}
	limit := int(workspace.MaxMeetingLength / time.Minute)
	if minutes := meeting.GetInt("minutes_spent"); minutes != old.GetInt("minutes_spent") && (minutes < 0 || minutes > limit) {
		return meetingError("minutes_spent", "validation_invalid_value", fmt.Sprintf("A meeting takes at most %d minutes.", limit))
	}
	return nil
}

// comingStatus reports whether a meeting of status is still to be held.
func comingStatus(status string) bool {
	return status == kernel.MeetingProposed || status == kernel.MeetingConfirmed
}
