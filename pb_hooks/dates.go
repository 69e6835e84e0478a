package pb_hooks

import (
	"time"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
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

// bindDateWindow refuses, whoever saves them, meetings and programme events dated outside
// their programme's window. A date in 2040 is a typing mistake, and every calendar file and
// reminder that reads such a date pays for it.
func bindDateWindow(app core.App) {
	app.OnRecordValidate(kernel.CollectionMeetings, kernel.CollectionEvents).BindFunc(func(e *core.RecordEvent) error {
		if !e.Record.IsNew() && !datesChanged(e.Record) {
			return e.Next() // old records keep the dates they have
		}
		program, err := programOf(e.App, e.Record)
		if err != nil {
			return e.Next() // the collection's own rules refuse a missing relation
		}
		from, to := DateWindow(program, time.Now())
		for _, field := range []string{"starts_at", "ends_at"} {
			at := e.Record.GetDateTime(field)
			if !at.IsZero() && (at.Time().Before(from) || !at.Time().Before(to)) {
				return dateOutOfWindow(field, program, from, to)
			}
		}
		return e.Next()
	})
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

// dateOutOfWindow is the field's refusal, with the first and last allowed days.
func dateOutOfWindow(field string, program *core.Record, from, to time.Time) error {
	loc := kernel.ProgramZone(program)
	first, last := from.In(loc).Format(time.DateOnly), to.Add(-time.Nanosecond).In(loc).Format(time.DateOnly)
	err := validation.NewError(kernel.DateOutOfWindowCode, "Pick a date between "+first+" and "+last+".").
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
	if record.Collection().Name == kernel.CollectionMeetings {
		match, err := app.FindRecordById(kernel.CollectionMatches, record.GetString("match"))
		if err != nil {
			return nil, err
		}
		programID = match.GetString("program")
	}
	return app.FindRecordById(kernel.CollectionPrograms, programID)
}
