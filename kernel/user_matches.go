package kernel

import (
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/list"
)

// MatchesOf is the condition on the matches table that userID is one of the pair, mentor or
// mentee. The filter "mentor.user = X || mentee.user = X" says the same, but SQLite answers
// an OR across two joined tables by reading every match with both of its applications
// (about 100 ms at 5,000 pairs, on the pages every participant opens); this form goes
// through the applications' user index and the matches' mentor and mentee indexes.
func MatchesOf(userID string) dbx.Expression {
	return dbx.NewExp("([[matches.mentor]] IN (SELECT [[id]] FROM {{applications}} WHERE [[user]] = {:matchesOfUser})"+
		" OR [[matches.mentee]] IN (SELECT [[id]] FROM {{applications}} WHERE [[user]] = {:matchesOfUser}))",
		dbx.Params{"matchesOfUser": userID})
}

// PairedWith is the condition on the matches table that userA and userB are its two
// people, whichever is the mentor: MatchesOf's indexes for a pair.
func PairedWith(userA, userB string) dbx.Expression {
	return dbx.NewExp("(([[matches.mentor]] IN (SELECT [[id]] FROM {{applications}} WHERE [[user]] = {:pairedA})"+
		" AND [[matches.mentee]] IN (SELECT [[id]] FROM {{applications}} WHERE [[user]] = {:pairedB}))"+
		" OR ([[matches.mentor]] IN (SELECT [[id]] FROM {{applications}} WHERE [[user]] = {:pairedB})"+
		" AND [[matches.mentee]] IN (SELECT [[id]] FROM {{applications}} WHERE [[user]] = {:pairedA})))",
		dbx.Params{"pairedA": userA, "pairedB": userB})
}

// FindMatchesOf is userID's matches in one of statuses, newest first.
func FindMatchesOf(app core.App, userID string, statuses ...string) ([]*core.Record, error) {
	var matches []*core.Record
	err := app.RecordQuery(CollectionMatches).AndWhere(MatchesOf(userID)).AndWhere(dbx.In("matches.status", list.ToInterfaceSlice(statuses)...)).
		OrderBy("matches.created DESC").All(&matches)
	return matches, err
}
