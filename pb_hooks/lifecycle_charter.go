package pb_hooks

import (
	"database/sql"
	"errors"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"
)

// CurrentCharter returns the charter in force in a programme at now: the highest version
// published at or before now. It returns nil and no error when there is none.
func CurrentCharter(app core.App, programID string, now time.Time) (*core.Record, error) {
	at, err := types.ParseDateTime(now)
	if err != nil {
		return nil, err
	}
	records, err := app.FindRecordsByFilter("charters",
		`program = {:program} && published_at != "" && published_at <= {:now}`, "-version", 1, 0,
		dbx.Params{"program": programID, "now": at.String()})
	if err != nil || len(records) == 0 {
		return nil, err
	}
	return records[0], nil
}

// HasAcceptedCharter reports whether userID accepted the charter in force in programID. With
// no charter published there is nothing to accept. A new version needs a new acceptance.
func HasAcceptedCharter(app core.App, userID, programID string, now time.Time) (bool, error) {
	charter, err := CurrentCharter(app, programID, now)
	if err != nil || charter == nil {
		return charter == nil && err == nil, err
	}
	_, err = app.FindFirstRecordByFilter("charter_acceptances", "user = {:user} && charter = {:charter}",
		dbx.Params{"user": userID, "charter": charter.Id})
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	return err == nil, err
}

// bindCharterGate refuses, through the REST API and the dashboard (superusers included), an
// application created or brought back to "submitted" by someone who has not accepted the
// programme's current charter. The portal's own path, mentoring.Apply, checks it too.
func bindCharterGate(app core.App) {
	app.OnRecordCreateRequest("applications").BindFunc(func(e *core.RecordRequestEvent) error {
		if err := requireCharter(e.App, e.Record); err != nil {
			return err
		}
		return e.Next()
	})
	app.OnRecordUpdateRequest("applications").BindFunc(func(e *core.RecordRequestEvent) error {
		resubmitted := e.Record.GetString("status") == "submitted" &&
			e.Record.Original().GetString("status") != "submitted"
		if resubmitted {
			if err := requireCharter(e.App, e.Record); err != nil {
				return err
			}
		}
		return e.Next()
	})
}

func requireCharter(app core.App, application *core.Record) error {
	ok, err := HasAcceptedCharter(app, application.GetString("user"), application.GetString("program"), time.Now())
	if err != nil {
		return err
	}
	if !ok {
		return ruleError("charter", CodeCharterNotAccepted)
	}
	return nil
}

// CodeAcceptedAt refuses moving an acceptance in time; it is a catalog key.
const CodeAcceptedAt = "parity.error.accepted_at"

// bindAcceptanceDate dates every charter acceptance with the server's clock when it is made,
// whatever the client sent, and keeps that date: an acceptance is a signature, and when it
// was given is a fact to record, not a value to choose.
func bindAcceptanceDate(app core.App) {
	app.OnRecordCreate("charter_acceptances").BindFunc(func(e *core.RecordEvent) error {
		e.Record.Set("accepted_at", types.NowDateTime())
		return e.Next()
	})
	app.OnRecordUpdate("charter_acceptances").BindFunc(func(e *core.RecordEvent) error {
		stored, err := storedValue(e.App, e.Record, "accepted_at")
		if err != nil {
			return err
		}
		if e.Record.GetDateTime("accepted_at").String() != stored {
			return ruleError("accepted_at", CodeAcceptedAt)
		}
		return e.Next()
	})
}
