package kernel

import (
	"time"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"
)

// The window around a programme's dates: meetings and events are dated from a year before
// applications open (a coordinator prepares the kickoff) to five years after it ends (pairs
// that go on meeting, alumni reunions). A programme without dates gets five years either
// side of now. Wide enough for any real programme, narrow enough to catch a mistyped year.
const (
	yearsBeforeProgramme = 1
	yearsAfterProgramme  = 5
	yearsAroundUndated   = 5
)

// programmeDates are the fields that date a programme.
var programmeDates = []string{"applications_open_at", "applications_close_at", "starts_at", "midpoint_at", "ends_at"}

// CheckDateWindow refuses a meeting or programme event dated outside its programme's window:
// a date in 2040 is a typing mistake, and every calendar file and reminder that reads such a
// date pays for it. Existing records that keep their dates pass, so old data stays editable;
// a missing programme passes too, because the collection's own rules refuse it.
func CheckDateWindow(app core.App, record *core.Record, now time.Time) error {
	if !record.IsNew() && !datesChanged(record) {
		return nil
	}
	program, err := programOf(app, record)
	if err != nil {
		return nil
	}
	from, to := DateWindow(program, now)
	for _, field := range []string{"starts_at", "ends_at"} {
		at := record.GetDateTime(field)
		if !at.IsZero() && (at.Time().Before(from) || !at.Time().Before(to)) {
			return dateOutOfWindow(field, program, from, to)
		}
	}
	return nil
}

// DateWindow is the instants [from, to) a meeting or event of program may be dated in.
func DateWindow(program *core.Record, now time.Time) (from, to time.Time) {
	for _, field := range programmeDates {
		at := program.GetDateTime(field)
		if at.IsZero() {
			continue
		}
		if from.IsZero() || at.Time().Before(from) {
			from = at.Time()
		}
		if to.IsZero() || at.Time().After(to) {
			to = at.Time()
		}
	}
	if from.IsZero() {
		return now.AddDate(-yearsAroundUndated, 0, 0), now.AddDate(yearsAroundUndated, 0, 0)
	}
	return from.AddDate(-yearsBeforeProgramme, 0, 0), to.AddDate(yearsAfterProgramme, 0, 0)
}

// dateOutOfWindow is the field's refusal, with the first and last allowed days in the
// programme's zone, so the message names the days its people see on their calendars.
func dateOutOfWindow(field string, program *core.Record, from, to time.Time) error {
	loc := ProgramZone(program)
	first, last := from.In(loc).Format(time.DateOnly), to.Add(-time.Nanosecond).In(loc).Format(time.DateOnly)
	err := validation.NewError(DateOutOfWindowCode, "Pick a date between "+first+" and "+last+".").
		SetParams(map[string]any{"from": first, "to": last})
	return validation.Errors{field: err}
}

// datesChanged reports whether an existing meeting or event is being moved.
func datesChanged(record *core.Record) bool {
	old := record.Original()
	return record.GetString("starts_at") != old.GetString("starts_at") ||
		record.GetString("ends_at") != old.GetString("ends_at")
}

// programOf is the programme of an event, or of a meeting's match.
func programOf(app core.App, record *core.Record) (*core.Record, error) {
	programID := record.GetString("program")
	if record.Collection().Name == CollectionMeetings {
		match, err := app.FindRecordById(CollectionMatches, record.GetString("match"))
		if err != nil {
			return nil, err
		}
		programID = match.GetString("program")
	}
	return app.FindRecordById(CollectionPrograms, programID)
}
