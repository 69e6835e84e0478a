package mentoring

import (
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// AcceptCharter records that userID accepts the current charter of programID in role (its
// version through the relation, and the role; the charter_acceptances hook dates it).
// Accepting twice returns the first acceptance.
func AcceptCharter(app core.App, userID, programID, role string) (*core.Record, error) {
	if role != kernel.RoleMentor && role != kernel.RoleMentee {
		return nil, kernel.RefuseField("role", "mentoring.field.invalid_choice")
	}
	charter, err := kernel.CurrentCharter(app, programID, time.Now())
	if err != nil {
		return nil, err
	}
	if charter == nil {
		return nil, kernel.Refuse("mentoring.error.not_found")
	}
	existing, err := app.FindFirstRecordByFilter(kernel.CollectionCharterAcceptances, "user = {:user} && charter = {:charter}",
		dbx.Params{"user": userID, "charter": charter.Id})
	if err == nil {
		return existing, nil
	}
	collection, err := app.FindCachedCollectionByNameOrId(kernel.CollectionCharterAcceptances)
	if err != nil {
		return nil, err
	}
	acceptance := core.NewRecord(collection)
	acceptance.Set("user", userID)
	acceptance.Set("charter", charter.Id)
	acceptance.Set("role", role)
	return acceptance, app.Save(acceptance)
}
