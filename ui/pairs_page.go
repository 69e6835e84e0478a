package ui

import (
	"slices"
	"strings"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

// pairsOrder is the SQL of the pairs list's order, pairAttention written for the database:
// current pairs before the history, then active pairs that need a look (silent since {:quiet}
// by workspace.SignOfLifeSQL, or an agreement not confirmed by both although started before
// {:unconfirmed}), then the newest; with each pair's last sign of life and its two people's
// names, which the page shows.
const pairsOrder = `SELECT id, last, mentor, mentee, mentee_user FROM (
	SELECT m.id AS id, m.status AS status, m.started_at AS started_at, COALESCE(NULLIF(m.started_at, ''), m.created) AS since,
		(json_extract(m.agreement, '$.confirmed.mentor') IS NOT NULL AND json_extract(m.agreement, '$.confirmed.mentee') IS NOT NULL) AS agreed,
		` + workspace.SignOfLifeSQL + ` AS last, mu.name AS mentor, eu.name AS mentee, eu.id AS mentee_user
	FROM matches m
		JOIN applications ma ON ma.id = m.mentor JOIN users mu ON mu.id = ma.user
		JOIN applications ea ON ea.id = m.mentee JOIN users eu ON eu.id = ea.user
	WHERE m.program = {:program} AND m.status IN (%s))
ORDER BY status IN ('declined', 'expired', 'cancelled'),
	(status = 'active' AND (last <= {:quiet} OR (NOT agreed AND since < {:unconfirmed}))) DESC,
	started_at DESC, id`

// orderedPair is a pair in the list's order with its last sign of life (SignOfLifeSQL, as
// stored), which the order weighs anyway, and its people: the page reads them from here
// rather than again (reaching the names through the pair's two applications was half of the
// page's query at 20,000 participants).
type orderedPair struct {
	ID         string `db:"id"`
	Last       string `db:"last"`
	Mentor     string `db:"mentor"`
	Mentee     string `db:"mentee"`
	MenteeUser string `db:"mentee_user"` // whose check-in answer is the mentee's
}

// pairsPage returns one page of the programme's pairs of status (every status past the
// drafts when empty), in the list's order, and how many such pairs there are. The order
// weighs every pair of the programme (about 25 ms at 5,000 pairs), so it is kept until a
// programme, pair, meeting, message, check-in, application or account changes, or a minute
// passes (memo.go).
func (s *server) pairsPage(app core.App, program *core.Record, status string, page int, now time.Time) ([]orderedPair, int, error) {
	pairs, err := s.pairOrders.get(program.Id+" "+status, func() ([]orderedPair, error) {
		return pairsInOrder(app, program.Id, status, now, workspace.DriftAfter(program))
	})
	if err != nil {
		return nil, 0, err
	}
	from := min((page-1)*listPageSize, len(pairs))
	return pairs[from:min(from+listPageSize, len(pairs))], len(pairs), nil
}

// pairsInOrder returns the programme's pairs of status (every status past the drafts when
// empty), in the list's order.
func pairsInOrder(app core.App, programID, status string, now time.Time, quiet time.Duration) ([]orderedPair, error) {
	statuses := append(slices.Clone(currentPairStatuses), pastPairStatuses...)
	if status != "" {
		statuses = []string{status}
	}
	params := dbx.Params{"program": programID, "now": dbTime(now), "quiet": dbTime(now.Add(-quiet)),
		"unconfirmed": dbTime(now.Add(-unconfirmedPairAfter))}
	pairs := []orderedPair{}
	err := app.DB().NewQuery(strings.Replace(pairsOrder, "%s", kernel.BindList(params, "s", statuses), 1)).Bind(params).All(&pairs)
	return pairs, err
}

// dbTime is t as PocketBase stores dates, which compare as text.
func dbTime(t time.Time) string { return t.UTC().Format("2006-01-02 15:04:05.000Z") }
