package pb_hooks

import (
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

// bindBooking holds availabilities and booked meetings to the portal's rules whoever saves
// them. It is bound after bindWorkspace, so its meetings check runs inside the meeting
// hook's transaction (workspace.CheckBooking relies on it to refuse the second of two
// bookings of one slot).
func bindBooking(app core.App) {
	check := func(e *core.RecordEvent) error {
		if err := workspace.CheckHoursRecord(e.Record); err != nil {
			return err
		}
		return e.Next()
	}
	app.OnRecordCreate(kernel.CollectionAvailabilities).BindFunc(check)
	app.OnRecordUpdate(kernel.CollectionAvailabilities).BindFunc(check)
	app.OnRecordCreate(kernel.CollectionMeetings).BindFunc(func(e *core.RecordEvent) error {
		if err := workspace.CheckBooking(e.App, e.Record, time.Now()); err != nil {
			return err
		}
		return e.Next()
	})
	app.OnRecordUpdate(kernel.CollectionMeetings).BindFunc(func(e *core.RecordEvent) error {
		if err := workspace.CheckBookedKept(e.Record); err != nil {
			return err
		}
		return e.Next()
	})
}
