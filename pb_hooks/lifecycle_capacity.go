package pb_hooks

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// bindCapacity refuses a match becoming active when its mentor has no seat left, whoever saves
// it (kernel.CheckSeat). The count and the write share one transaction, so two acceptances
// racing for the last seat cannot both pass.
func bindCapacity(app core.App) {
	guard := func(e *core.RecordEvent) error {
		if e.Record.GetString("status") != kernel.MatchActive {
			return e.Next()
		}
		return e.App.RunInTransaction(func(tx core.App) error {
			if err := kernel.CheckSeat(tx, e.Record); err != nil {
				return err
			}
			e.App = tx
			return e.Next()
		})
	}
	app.OnRecordCreate(kernel.CollectionMatches).BindFunc(guard)
	app.OnRecordUpdate(kernel.CollectionMatches).BindFunc(guard)
}
