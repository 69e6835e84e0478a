package workspace

import (
	"time"

	"github.com/pocketbase/pocketbase/core"
)

// DriftCounts are the report's figures of pairs that drift apart: the active pairs silent now
// for the programme's drift_after_days (SignOfLifeSQL, as the nudge and the pairs list count
// it), the started pairs nudged at least once after a silence, how many answered the
// check-in, by their latest answer, and the long-silent pairs offered closing, kept open by a
// coordinator, or closed since their warning. Days is the programme's drift_after_days.
type DriftCounts struct {
	Days                             int `db:"-"`
	Quiet, Nudged, InTouch, NeedHelp int
	OfferedClosing, KeptOpen, Closed int
}

// readDrift counts the programme's silent, nudged and warned pairs and their latest
// check-ins, in one query.
func readDrift(app core.App, program *core.Record, r *Report) error {
	now := time.Now()
	bound := params(program)
	bound["now"], bound["quiet"] = storedDate(now), storedDate(now.Add(-DriftAfter(program)))
	r.Drift.Days = int(DriftAfter(program).Hours() / 24)
	return app.DB().NewQuery(`SELECT
		COALESCE(SUM(m.status = 'active' AND m.last <= {:quiet}), 0) AS quiet,
		COALESCE(SUM(m.drift_nudged_at != ''), 0) AS nudged,
		COALESCE(SUM(latest = 'in_touch'), 0) AS in_touch,
		COALESCE(SUM(latest = 'need_help'), 0) AS need_help,
		COALESCE(SUM(m.closing_warned_at != ''), 0) AS offered_closing,
		COALESCE(SUM(m.closing_kept_at != ''), 0) AS kept_open,
		COALESCE(SUM(m.status = 'closed' AND m.closing_warned_at != '' AND m.ended_at >= m.closing_warned_at), 0) AS closed
		FROM (SELECT m.status, m.drift_nudged_at, m.closing_warned_at, m.closing_kept_at, m.ended_at,
			` + SignOfLifeSQL + ` AS last,
			(SELECT c.answer FROM checkins c WHERE c.match = m.id ORDER BY c.created DESC LIMIT 1) AS latest
			FROM matches m WHERE ` + startedPairs + `) m`).
		Bind(bound).One(&r.Drift)
}
