package ui

import (
	"slices"
	"strings"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/workspace"
)

// pairsOrder is the SQL of the pairs list's order, pairAttention written for the database so
// that it picks the page: current pairs before the history, then active pairs that need a
// look (silent since {:quiet} by workspace.SignOfLifeSQL, or an agreement not confirmed by
// both although started before {:unconfirmed}), then the newest.
const pairsOrder = `SELECT id FROM (
	SELECT m.id AS id, m.status AS status, m.started_at AS started_at, COALESCE(NULLIF(m.started_at, ''), m.created) AS since,
		(json_extract(m.agreement, '$.confirmed.mentor') IS NOT NULL AND json_extract(m.agreement, '$.confirmed.mentee') IS NOT NULL) AS agreed,
		` + workspace.SignOfLifeSQL + ` AS last
	FROM matches m WHERE m.program = {:program} AND m.status IN (%s))
ORDER BY status IN ('declined', 'expired', 'cancelled'),
	(status = 'active' AND (last <= {:quiet} OR (NOT agreed AND since < {:unconfirmed}))) DESC,
	started_at DESC, id
LIMIT {:limit} OFFSET {:offset}`

// pairsPage returns the ids of one page of the programme's pairs of status (every status past
// the drafts when empty), in the list's order, and how many such pairs there are.
func pairsPage(app core.App, programID, status string, page int, now time.Time, quiet time.Duration) ([]string, int, error) {
	statuses := append(slices.Clone(currentPairStatuses), pastPairStatuses...)
	if status != "" {
		statuses = []string{status}
	}
	params := dbx.Params{"program": programID, "now": dbTime(now), "quiet": dbTime(now.Add(-quiet)),
		"unconfirmed": dbTime(now.Add(-unconfirmedPairAfter)), "limit": listPageSize, "offset": (page - 1) * listPageSize}
	placeholders := make([]string, len(statuses))
	for i, s := range statuses {
		name := "s" + string(rune('0'+i))
		placeholders[i] = "{:" + name + "}"
		params[name] = s
	}
	in := strings.Join(placeholders, ", ")
	var total int
	err := app.DB().NewQuery("SELECT COUNT(*) FROM matches m WHERE m.program = {:program} AND m.status IN (" + in + ")").
		Bind(params).Row(&total)
	if err != nil || total == 0 {
		return nil, total, err
	}
	var ids []string
	err = app.DB().NewQuery(strings.Replace(pairsOrder, "%s", in, 1)).Bind(params).Column(&ids)
	return ids, total, err
}

// dbTime is t as PocketBase stores dates, which compare as text.
func dbTime(t time.Time) string { return t.UTC().Format("2006-01-02 15:04:05.000Z") }
