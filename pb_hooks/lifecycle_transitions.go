package pb_hooks

import (
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"

	"github.com/mentorbase/mentorbase/kernel"
)

// bindTransitions refuses a status change of a match or an application that the kernel's
// tables do not allow (kernel.MatchMayBecome, kernel.ApplicationMayBecome), whoever saves the
// record, and dates the start and the end of a pair.
func bindTransitions(app core.App) {
	guard := func(allowed func(from, to string) bool) func(e *core.RecordEvent) error {
		return func(e *core.RecordEvent) error {
			from, err := storedValue(e.App, e.Record, "status")
			if err != nil {
				return err
			}
			to := e.Record.GetString("status")
			if !allowed(from, to) {
				return kernel.RefuseField("status", kernel.CodeTransition, "from", from, "to", to).Validation()
			}
			return e.Next()
		}
	}
	app.OnRecordUpdate(kernel.CollectionMatches).BindFunc(guard(kernel.MatchMayBecome))
	app.OnRecordUpdate(kernel.CollectionApplications).BindFunc(guard(kernel.ApplicationMayBecome))
	app.OnRecordCreate(kernel.CollectionMatches).BindFunc(stampMatchDates)
	app.OnRecordUpdate(kernel.CollectionMatches).BindFunc(stampMatchDates)
}

// stampMatchDates dates the start of a pair that becomes active and the end of one that
// closes, when whoever saved it gave no date, so a pair made active or closed through the
// REST API or the dashboard carries the dates the portal's paths set. Only the change of
// status is dated: a later save of an undated pair does not invent when it started.
func stampMatchDates(e *core.RecordEvent) error {
	status := e.Record.GetString("status")
	field := map[string]string{kernel.MatchActive: "started_at", kernel.MatchClosed: "ended_at"}[status]
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
