package workspace

import (
	"github.com/pocketbase/pocketbase/core"
)

// DriftCounts are the report's figures of pairs that drift apart: the started pairs nudged at
// least once after a silence, and how many answered the check-in, by their latest answer.
type DriftCounts struct {
	Nudged, InTouch, NeedHelp int
}

// readDrift counts the programme's nudged pairs and their latest check-ins, in one query.
func readDrift(app core.App, program *core.Record, r *Report) error {
	return app.DB().NewQuery(`SELECT
		COALESCE(SUM(m.drift_nudged_at != ''), 0) AS nudged,
		COALESCE(SUM(latest = 'in_touch'), 0) AS in_touch,
		COALESCE(SUM(latest = 'need_help'), 0) AS need_help
		FROM (SELECT m.drift_nudged_at, (SELECT c.answer FROM checkins c WHERE c.match = m.id
			ORDER BY c.created DESC LIMIT 1) AS latest FROM matches m WHERE ` + startedPairs + `) m`).
		Bind(params(program)).One(&r.Drift)
}
