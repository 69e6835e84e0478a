package pb_hooks

import (
	"time"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"

	"github.com/mentorbase/mentorbase/kernel"
)

// bindCharterGate refuses, through the REST API and the dashboard (superusers included), an
// application created or brought back to submitted by someone who has not accepted the
// programme's current charter. The portal's own path, mentoring.Apply, checks it too.
func bindCharterGate(app core.App) {
	app.OnRecordCreateRequest(kernel.CollectionApplications).BindFunc(func(e *core.RecordRequestEvent) error {
		if err := requireCharter(e.App, e.Record); err != nil {
			return err
		}
		return e.Next()
	})
	app.OnRecordUpdateRequest(kernel.CollectionApplications).BindFunc(func(e *core.RecordRequestEvent) error {
		resubmitted := e.Record.GetString("status") == kernel.ApplicationSubmitted &&
			e.Record.Original().GetString("status") != kernel.ApplicationSubmitted
		if resubmitted {
			if err := requireCharter(e.App, e.Record); err != nil {
				return err
			}
		}
		return e.Next()
	})
}

func requireCharter(app core.App, application *core.Record) error {
	ok, err := kernel.HasAcceptedCharter(app, application.GetString("user"), application.GetString("program"), time.Now())
	if err != nil {
		return err
	}
	if !ok {
		return kernel.RefuseField("charter", kernel.CodeCharterNotAccepted).Validation()
	}
	return nil
}

// CodeAcceptedAt refuses moving an acceptance in time; it is a catalog key.
const CodeAcceptedAt = "parity.error.accepted_at"

// bindAcceptanceDate dates every charter acceptance with the server's clock when it is made,
// whatever the client sent, and keeps that date: an acceptance is a signature, and when it
// was given is a fact to record, not a value to choose.
func bindAcceptanceDate(app core.App) {
	app.OnRecordCreate(kernel.CollectionCharterAcceptances).BindFunc(func(e *core.RecordEvent) error {
		e.Record.Set("accepted_at", types.NowDateTime())
		return e.Next()
	})
	app.OnRecordUpdate(kernel.CollectionCharterAcceptances).BindFunc(func(e *core.RecordEvent) error {
		stored, err := storedValue(e.App, e.Record, "accepted_at")
		if err != nil {
			return err
		}
		if e.Record.GetDateTime("accepted_at").String() != stored {
			return kernel.RefuseField("accepted_at", CodeAcceptedAt).Validation()
		}
		return e.Next()
	})
}
