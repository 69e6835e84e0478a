package pb_hooks

import (
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/mentoring"
)

// bindCharterGate refuses, through the REST API and the dashboard (superusers included), an
// application created or brought back to submitted by someone who has not accepted the
// programme's current charter (mentoring.CheckApplicationCharter). The portal's own path,
// mentoring.Apply, checks it too.
func bindCharterGate(app core.App) {
	gate := func(e *core.RecordRequestEvent) error {
		if err := mentoring.CheckApplicationCharter(e.App, e.Record, time.Now()); err != nil {
			return err
		}
		return e.Next()
	}
	app.OnRecordCreateRequest(kernel.CollectionApplications).BindFunc(gate)
	app.OnRecordUpdateRequest(kernel.CollectionApplications).BindFunc(gate)
}

// bindAcceptanceDate dates every charter acceptance with the server's clock when it is made
// and keeps that date, whoever saves it (mentoring.DateAcceptance, CheckAcceptanceDate).
func bindAcceptanceDate(app core.App) {
	app.OnRecordCreate(kernel.CollectionCharterAcceptances).BindFunc(func(e *core.RecordEvent) error {
		mentoring.DateAcceptance(e.Record)
		return e.Next()
	})
	app.OnRecordUpdate(kernel.CollectionCharterAcceptances).BindFunc(func(e *core.RecordEvent) error {
		if err := mentoring.CheckAcceptanceDate(e.App, e.Record); err != nil {
			return err
		}
		return e.Next()
	})
}
