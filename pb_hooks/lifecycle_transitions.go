package pb_hooks

import (
	"slices"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"

	"github.com/mentorbase/mentorbase/kernel"
)

// matchTransitions are the status changes a match may make (DESIGN §2). A closed, declined,
// expired or cancelled match is history and does not change again.
var matchTransitions = map[string][]string{
	"draft":   {"active", "cancelled"},
	"invited": {"active", "declined", "expired", "cancelled"},
	"active":  {"closed", "cancelled"},
}

// applicationTransitions: coordinators may revise a decision; the applicant may withdraw at
// any time and come back, which submits the application again (and meets the charter gate).
var applicationTransitions = map[string][]string{
	"submitted":  {"approved", "waitlisted", "rejected", "withdrawn"},
	"approved":   {"waitlisted", "rejected", "withdrawn"},
	"waitlisted": {"approved", "rejected", "withdrawn"},
	"rejected":   {"approved", "waitlisted", "withdrawn"},
	"withdrawn":  {"submitted"},
}

// bindTransitions refuses any other status change, whoever saves the record.
func bindTransitions(app core.App) {
	guard := func(allowed map[string][]string) func(e *core.RecordEvent) error {
		return func(e *core.RecordEvent) error {
			from, err := storedValue(e.App, e.Record, "status")
			if err != nil {
				return err
			}
			to := e.Record.GetString("status")
			if from != to && !slices.Contains(allowed[from], to) {
				return ruleError("status", kernel.CodeTransition, "from", from, "to", to)
			}
			return e.Next()
		}
	}
	app.OnRecordUpdate("matches").BindFunc(guard(matchTransitions))
	app.OnRecordUpdate("applications").BindFunc(guard(applicationTransitions))
	app.OnRecordCreate("matches").BindFunc(stampMatchDates)
	app.OnRecordUpdate("matches").BindFunc(stampMatchDates)
}

// stampMatchDates dates the start of a pair that becomes active and the end of one that
// closes, when whoever saved it gave no date, so a pair made active or closed through the
// REST API or the dashboard carries the dates the portal's paths set. Only the change of
// status is dated: a later save of an undated pair does not invent when it started.
func stampMatchDates(e *core.RecordEvent) error {
	status := e.Record.GetString("status")
	field := map[string]string{"active": "started_at", "closed": "ended_at"}[status]
	if field == "" || !e.Record.GetDateTime(field).IsZero() {
		return e.Next()
	}
	if !e.Record.IsNew() {
		from, err := storedValue(e.App, e.Record, "status")
		if err != nil {
			return err
		}
		if from == status {
			return e.Next()
		}
	}
	e.Record.Set(field, types.NowDateTime())
	return e.Next()
}

// storedValue reads field of record as it is in the database (through app, so inside the
// caller's transaction). Record.Original is not enough: it is refreshed only when a record is
// loaded, not after a save, so code saving one record twice would see stale values.
func storedValue(app core.App, record *core.Record, field string) (string, error) {
	var value string
	err := app.DB().Select(field).From(record.Collection().Name).
		Where(dbx.HashExp{"id": record.Id}).Row(&value)
	return value, err
}
