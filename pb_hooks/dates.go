package pb_hooks

import (
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// bindDateWindow refuses, whoever saves them, meetings and programme events dated outside
// their programme's window (kernel.CheckDateWindow).
func bindDateWindow(app core.App) {
	app.OnRecordValidate(kernel.CollectionMeetings, kernel.CollectionEvents).BindFunc(func(e *core.RecordEvent) error {
		if err := kernel.CheckDateWindow(e.App, e.Record, time.Now()); err != nil {
			return err
		}
		return e.Next()
	})
}
