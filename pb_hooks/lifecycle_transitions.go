package pb_hooks

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// bindTransitions refuses a status change of a match or an application that the kernel's
// tables do not allow (kernel.CheckTransition), whoever saves the record, and dates the start
// and the end of a pair (kernel.StampMatchDates).
func bindTransitions(app core.App) {
	guard := func(allowed func(from, to string) bool) func(e *core.RecordEvent) error {
		return func(e *core.RecordEvent) error {
			if err := kernel.CheckTransition(e.App, e.Record, allowed); err != nil {
				return err
			}
			return e.Next()
		}
	}
	app.OnRecordUpdate(kernel.CollectionMatches).BindFunc(guard(kernel.MatchMayBecome))
	app.OnRecordUpdate(kernel.CollectionApplications).BindFunc(guard(kernel.ApplicationMayBecome))
	stamp := func(e *core.RecordEvent) error {
		if err := kernel.StampMatchDates(e.App, e.Record); err != nil {
			return err
		}
		return e.Next()
	}
	app.OnRecordCreate(kernel.CollectionMatches).BindFunc(stamp)
	app.OnRecordUpdate(kernel.CollectionMatches).BindFunc(stamp)
}
