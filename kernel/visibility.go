package kernel

import (
	"slices"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// ContactVisible reports whether viewerID may see the e-mail and phone of personID: they are
// the same person, partners in an active match, or viewerID coordinates a programme personID
// applied to. The portal uses it for the same decision as the API.
func ContactVisible(app core.App, viewerID, personID string) bool {
	if viewerID == "" || personID == "" {
		return false
	}
	if viewerID == personID {
		return true
	}
	params := dbx.Params{"viewer": viewerID, "person": personID}
	var paired int
	err := app.RecordQuery(CollectionMatches).Select("COUNT(*)").AndWhere(dbx.HashExp{"matches.status": MatchActive}).
		AndWhere(PairedWith(viewerID, personID)).Row(&paired)
	if err == nil && paired > 0 {
		return true
	}
	_, err = app.FindFirstRecordByFilter(CollectionApplications,
		"user = {:person} && program.coordinators.id ?= {:viewer}", params)
	return err == nil
}

// PrivateAnswersVisible reports whether viewerID may read what an applicant tells the
// coordinators in application (other wishes, decision message, consent): the applicant and
// the coordinators of its programme, nobody else.
func PrivateAnswersVisible(app core.App, viewerID string, application *core.Record) bool {
	if viewerID == application.GetString("user") {
		return true
	}
	program, err := app.FindRecordById(CollectionPrograms, application.GetString("program"))
	return err == nil && slices.Contains(program.GetStringSlice("coordinators"), viewerID)
}
