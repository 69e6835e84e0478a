package pb_hooks

import (
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// bindAvailability holds a mentor's pause whoever saves: a pause is checked on every save of
// an application (kernel.CheckPause), and an invitation to a paused mentor is refused with the
// day they take mentees again (kernel.CheckInvitationPause), through the REST API and the
// dashboard as in the portal.
func bindAvailability(app core.App) {
	app.OnRecordCreate(kernel.CollectionApplications).BindFunc(checkPause)
	app.OnRecordUpdate(kernel.CollectionApplications).BindFunc(checkPause)
	app.OnRecordCreate(kernel.CollectionMatches).BindFunc(func(e *core.RecordEvent) error {
		if err := kernel.CheckInvitationPause(e.App, e.Record, time.Now()); err != nil {
			return err
		}
		return e.Next()
	})
}

// checkPause refuses an application saved with a pause kernel.PauseProblem rejects.
func checkPause(e *core.RecordEvent) error {
	if err := kernel.CheckPause(e.App, e.Record, time.Now()); err != nil {
		return err
	}
	return e.Next()
}
