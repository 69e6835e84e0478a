package kernel

import (
	"time"

	"github.com/pocketbase/pocketbase/core"
)

// Codes of the refusals about a mentor's pause; they are catalog keys.
const (
	CodeMentorPaused    = "availability.error.paused"
	CodePauseNotMentor  = "availability.error.not_mentor"
	CodePausePast       = "availability.error.past"
	CodePauseTooFar     = "availability.error.too_far"
	CodePauseDayInvalid = "availability.error.day"
)

// MaxPause is the longest pause: a mentor away for longer withdraws, and a date typed years
// ahead is a typing mistake that would hide them from every mentee.
const MaxPause = 366 * 24 * time.Hour

// PausedUntil returns when a mentor's application takes new mentees again, and whether that is
// still to come at now. A pause that has ended needs nobody to lift it.
func PausedUntil(mentorApplication *core.Record, now time.Time) (time.Time, bool) {
	until := mentorApplication.GetDateTime("paused_until").Time()
	return until, !until.IsZero() && now.Before(until)
}

// PauseDay is the day a pause ends as its mentor typed it, on the programme's clock
// (2006-01-02), so every message names the day people see in the form.
func PauseDay(until time.Time, program *core.Record) string {
	return until.In(ProgramZone(program)).Format(time.DateOnly)
}

// MentorPaused is the refusal of an invitation to a mentor paused at now, naming the day they
// take mentees again, for the page as a whole; nil when they take them.
func MentorPaused(mentorApplication, program *core.Record, now time.Time) *Error {
	until, paused := PausedUntil(mentorApplication, now)
	if !paused {
		return nil
	}
	return Refuse(CodeMentorPaused, "date", PauseDay(until, program))
}

// PauseProblem says what is wrong with pausing application until (zero: resuming, always
// fine): only a mentor pauses, to a day after now and within MaxPause.
func PauseProblem(application *core.Record, until, now time.Time) *Error {
	switch {
	case until.IsZero():
		return nil
	case application.GetString("role") != RoleMentor:
		return RefuseField("paused_until", CodePauseNotMentor)
	case !now.Before(until):
		return RefuseField("paused_until", CodePausePast)
	case until.Sub(now) > MaxPause:
		return RefuseField("paused_until", CodePauseTooFar)
	}
	return nil
}

// CheckPause refuses an application saved with a new pause that PauseProblem rejects, whoever
// saves it; a pause kept as it was stays valid after its day has passed.
func CheckPause(app core.App, application *core.Record, now time.Time) error {
	until := application.GetDateTime("paused_until")
	if !application.IsNew() {
		stored, err := StoredValue(app, application, "paused_until")
		if err != nil {
			return err
		}
		if stored == until.String() {
			return nil
		}
	}
	if problem := PauseProblem(application, until.Time(), now); problem != nil {
		return problem.Validation()
	}
	return nil
}

// CheckInvitationPause refuses a new invitation (a match created as invited) to a mentor who
// is paused at now, whoever creates it, with the day they take mentees again.
func CheckInvitationPause(app core.App, match *core.Record, now time.Time) error {
	if !match.IsNew() || match.GetString("status") != MatchInvited {
		return nil
	}
	mentor, err := app.FindRecordById(CollectionApplications, match.GetString("mentor"))
	if err != nil {
		return nil // the collection's own rules refuse a missing mentor
	}
	program, err := app.FindRecordById(CollectionPrograms, match.GetString("program"))
	if err != nil {
		return nil
	}
	if refusal := MentorPaused(mentor, program, now); refusal != nil {
		refusal.Field = "mentor"
		return refusal.Validation()
	}
	return nil
}

// ParsePauseDay reads the day a mentor types (2006-01-02) as the start of that day on the
// programme's clock: they take mentees again from that morning. Empty is no pause.
func ParsePauseDay(field, value string, program *core.Record) (time.Time, error) {
	if value == "" {
		return time.Time{}, nil
	}
	day, err := time.Parse(time.DateOnly, value)
	if err != nil {
		return time.Time{}, RefuseField(field, CodePauseDayInvalid)
	}
	return time.Date(day.Year(), day.Month(), day.Day(), 0, 0, 0, 0, ProgramZone(program)), nil
}
