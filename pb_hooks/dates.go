package pb_hooks

import (
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

// bindDateWindow refuses, whoever saves them, meetings and programme events dated outside
// their programme's window (kernel.CheckDateWindow), and a new meeting dated in the past
// (workspace.CheckMeetingStart; a moved one is checked with the meeting's other changes).
func bindDateWindow(app core.App) {
	app.OnRecordValidate(kernel.CollectionMeetings, kernel.CollectionEvents).BindFunc(func(e *core.RecordEvent) error {
		now := time.Now()
		if err := kernel.CheckDateWindow(e.App, e.Record, now); err != nil {
			return err
		}
		if e.Record.IsNew() && e.Record.Collection().Name == kernel.CollectionMeetings {
			if err := workspace.CheckMeetingStart(e.Record, now); err != nil {
				return err
			}
		}
		return e.Next()
	})
}
