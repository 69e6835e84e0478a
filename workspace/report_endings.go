package workspace

import (
	"time"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"
)

// EarlyEnd is a pair closed before the programme's last week, with the reason given and who
// ended it (mentor, mentee, or coordinator when it was neither member).
type EarlyEnd struct {
	Mentor, Mentee, Reason, EndedBy string
	EndedAt                         time.Time
}

// ClosingEvaluations counts the final evaluations of the pairs that ended: Closed pairs, of
// which Both had both members' final evaluation submitted and One only one member's.
type ClosingEvaluations struct{ Closed, Both, One int }

// None is the number of ended pairs with no final evaluation at all.
func (c ClosingEvaluations) None() int { return c.Closed - c.Both - c.One }

// pairNames joins to matches as m its mentor's user as tu and its mentee's as eu, through
// their applications ta and ea.
const pairNames = `JOIN applications ta ON ta.id = m.mentor JOIN users tu ON tu.id = ta.user
	JOIN applications ea ON ea.id = m.mentee JOIN users eu ON eu.id = ea.user`

// readEndings lists the pairs that ended early and counts the closing evaluations.
func readEndings(app core.App, program *core.Record, r *Report) error {
	var early []struct {
		Mentor, Mentee, Reason, EndedBy string
		EndedAt                         types.DateTime
	}
	err := app.DB().NewQuery(`SELECT tu.name AS mentor, eu.name AS mentee, m.end_reason AS reason, m.ended_at AS ended_at,
		CASE WHEN m.ended_by = tu.id THEN 'mentor' WHEN m.ended_by = eu.id THEN 'mentee' ELSE 'coordinator' END AS ended_by
		FROM matches m ` + pairNames + `
		WHERE ` + startedPairs + ` AND ` + earlyEnd + ` ORDER BY m.ended_at`).Bind(params(program)).All(&early)
	if err != nil {
		return err
	}
	for _, e := range early {
		r.EndedEarly = append(r.EndedEarly, EarlyEnd{e.Mentor, e.Mentee, e.Reason, e.EndedBy, e.EndedAt.Time()})
	}
	var closing struct{ Closed, Both, One int }
	err = app.DB().NewQuery(`SELECT COUNT(*) AS closed, COALESCE(SUM(n >= 2), 0) AS both, COALESCE(SUM(n = 1), 0) AS one FROM (
		SELECT (SELECT COUNT(DISTINCT ev.author) FROM evaluations ev WHERE ev.match = m.id AND ev.kind = 'final'
			AND ev.submitted_at != '') AS n
		FROM matches m WHERE ` + startedPairs + ` AND m.status = {:statusClosed})`).Bind(params(program)).One(&closing)
	r.Closing = ClosingEvaluations(closing)
	return err
}
