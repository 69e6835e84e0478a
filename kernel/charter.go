package kernel

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
	records, err := app.FindRecordsByFilter(CollectionCharters,
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
	_, err = app.FindFirstRecordByFilter(CollectionCharterAcceptances, "user = {:user} && charter = {:charter}",
		dbx.Params{"user": userID, "charter": charter.Id})
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	return err == nil, err
}
