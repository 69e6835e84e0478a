package kernel

import (
	"slices"
	"strings"

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

// FindMatchesOfApplications is FindMatchesOf for a person whose applications (ids) the
// caller has loaded already, as "My mentoring" has: the matches' mentor and mentee indexes
// alone, without MatchesOf's two subqueries of the applications, and sorted here rather
// than by SQLite, whose temporary tables for them (each mapped and unmapped again by the
// driver's allocator) cost twice the query itself at 20,000 participants.
func FindMatchesOfApplications(app core.App, applicationIDs []string, statuses ...string) ([]*core.Record, error) {
	if len(applicationIDs) == 0 {
		return nil, nil
	}
	ids := list.ToInterfaceSlice(applicationIDs)
	var matches []*core.Record
	err := app.RecordQuery(CollectionMatches).
		AndWhere(dbx.Or(dbx.In("matches.mentor", ids...), dbx.In("matches.mentee", ids...))).
		AndWhere(dbx.In("matches.status", list.ToInterfaceSlice(statuses)...)).All(&matches)
	SortRecords(matches, "-created")
	return matches, err
}

// SortRecords sorts records as FindRecordsByFilter's sort does ("field" ascending, "-field"
// descending, the next field breaking ties), comparing the fields' stored text as SQLite
// does: for records read without an ORDER BY that no index answers, whose temporary table
// (mapped and unmapped again by the driver's allocator) cost more than the query.
func SortRecords(records []*core.Record, fields ...string) {
	slices.SortStableFunc(records, func(a, b *core.Record) int {
		for _, field := range fields {
			name, desc := strings.CutPrefix(field, "-")
			if c := strings.Compare(a.GetString(name), b.GetString(name)); c != 0 && desc {
				return -c
			} else if c != 0 {
				return c
			}
		}
		return 0
	})
}

// FindMatchesOf is userID's matches in one of statuses, newest first.
func FindMatchesOf(app core.App, userID string, statuses ...string) ([]*core.Record, error) {
	var matches []*core.Record
	err := app.RecordQuery(CollectionMatches).AndWhere(MatchesOf(userID)).AndWhere(dbx.In("matches.status", list.ToInterfaceSlice(statuses)...)).
		OrderBy("matches.created DESC").All(&matches)
	return matches, err
}
