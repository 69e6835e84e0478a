package workspace

import (
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"

	"github.com/mentorbase/mentorbase/kernel"
)

// SignOfLifeSQL is the one definition of a pair's last sign of life, as SQL on matches as m
// with {:now} bound: the latest of its start (its creation while it has none), a confirmed or
// held meeting that has begun, a message and a check-in. The nudge, the closing offer, the
// pairs list's flag and order and the programme report all count a silence from it.
const SignOfLifeSQL = `MAX(COALESCE(NULLIF(m.started_at, ''), m.created),
		COALESCE((SELECT MAX(mt.starts_at) FROM meetings mt WHERE mt.match = m.id
			AND mt.status IN ('confirmed', 'held') AND mt.starts_at <= {:now}), ''),
		COALESCE((SELECT MAX(ms.created) FROM messages ms WHERE ms.match = m.id), ''),
		COALESCE((SELECT MAX(c.created) FROM checkins c WHERE c.match = m.id), ''))`

// Defaults of a programme's silences, in days, when it sets none (0).
const (
	defaultDriftDays = 30
	defaultCloseDays = 90
)

// ClosingWarning is how long a long-silent pair is warned before its coordinators may close it.
const ClosingWarning = 7 * 24 * time.Hour

// Silence is where one active pair stands: its last sign of life (SignOfLifeSQL), its
// programme's two silences, and the server's stamps of the nudge, the closing warning and a
// coordinator keeping the pair open (zero when never).
type Silence struct {
	MatchID                  string
	Last                     time.Time
	DriftDays, CloseDays     int
	Nudged, Warned, KeptOpen time.Time
}

// days is n days, or def days when n is not positive (the programme set none).
func days(n, def int) time.Duration {
	if n <= 0 {
		n = def
	}
	return time.Duration(n) * 24 * time.Hour
}

// NudgeDay is when the silence reaches the programme's drift_after_days.
func (s Silence) NudgeDay() time.Time { return s.Last.Add(days(s.DriftDays, defaultDriftDays)) }

// Quiet reports whether the pair has been silent for drift_after_days at now: the pairs
// list's flag and the report's count.
func (s Silence) Quiet(now time.Time) bool { return !now.Before(s.NudgeDay()) }

// NudgeDue reports whether the pair is quiet and was not nudged since its last sign of life:
// a nudge goes once per silence.
func (s Silence) NudgeDue(now time.Time) bool {
	return s.Quiet(now) && s.Nudged.Before(s.Last)
}

// WarningDue reports whether the pair has been silent for close_after_days and was not yet
// warned in this silence: once per silence, and never again in a silence a coordinator kept
// open.
func (s Silence) WarningDue(now time.Time) bool {
	return !now.Before(s.Last.Add(days(s.CloseDays, defaultCloseDays))) && s.Warned.Before(s.Last)
}

// Warning is the day the closing warning of the pair runs out, and whether one is in force:
// it was given in the current silence (a message, a check-in or a meeting since ends it)
// and no coordinator kept the pair open since. Past that day it stays in force until a
// coordinator decides: nothing closes a pair by itself.
func (s Silence) Warning() (time.Time, bool) {
	if s.Warned.IsZero() || s.Warned.Before(s.Last) || !s.KeptOpen.Before(s.Warned) {
		return time.Time{}, false
	}
	return s.Warned.Add(ClosingWarning), true
}

// silenceRow is a Silence as the database stores it.
type silenceRow struct {
	ID        string `db:"id"`
	DriftDays int    `db:"drift_days"`
	CloseDays int    `db:"close_days"`
	Last      string `db:"last"`
	Nudged    string `db:"nudged"`
	Warned    string `db:"warned"`
	Kept      string `db:"kept"`
}

// silenceSelect reads the silences of the active pairs that the condition appended to it
// selects.
const silenceSelect = `SELECT m.id AS id, p.drift_after_days AS drift_days, p.close_after_days AS close_days,
	m.drift_nudged_at AS nudged, m.closing_warned_at AS warned, m.closing_kept_at AS kept,
	` + SignOfLifeSQL + ` AS last
FROM matches m JOIN programs p ON p.id = m.program
WHERE m.status = 'active'`

// readSilences are the silences at now of the active pairs selected by where (SQL on matches
// as m and programs as p, with params), in one query however many pairs.
func readSilences(app core.App, now time.Time, where string, params dbx.Params) ([]Silence, error) {
	bound := dbx.Params{"now": storedDate(now)}
	for k, v := range params {
		bound[k] = v
	}
	var rows []silenceRow
	if err := app.DB().NewQuery(silenceSelect + " AND " + where).Bind(bound).All(&rows); err != nil {
		return nil, err
	}
	out := make([]Silence, len(rows))
	for i, r := range rows {
		out[i] = Silence{MatchID: r.ID, DriftDays: r.DriftDays, CloseDays: r.CloseDays,
			Last: parseStored(r.Last), Nudged: parseStored(r.Nudged), Warned: parseStored(r.Warned), KeptOpen: parseStored(r.Kept)}
	}
	return out, nil
}

// parseStored is a stored date, zero when empty or unreadable.
func parseStored(s string) time.Time {
	d, err := types.ParseDateTime(s)
	if err != nil {
		return time.Time{}
	}
	return d.Time()
}

// Silences are, by match id, the silences at now of those of matchIDs that are active.
func Silences(app core.App, matchIDs []string, now time.Time) (map[string]Silence, error) {
	out := make(map[string]Silence, len(matchIDs))
	if len(matchIDs) == 0 {
		return out, nil
	}
	params := dbx.Params{}
	rows, err := readSilences(app, now, "m.id IN ("+kernel.BindList(params, "m", matchIDs)+")", params)
	for _, s := range rows {
		out[s.MatchID] = s
	}
	return out, err
}

// WarnedSilence is the silence at now of match when a closing warning may be in force: the
// match is active and was warned, which its record says without a query. Otherwise it is
// the zero Silence, whose Warning is none: the match page reads no silence of a pair that
// was never warned, nearly every pair.
func WarnedSilence(app core.App, match *core.Record, now time.Time) (Silence, error) {
	if match.GetString("status") != kernel.MatchActive || match.GetDateTime("closing_warned_at").IsZero() {
		return Silence{}, nil
	}
	silences, err := Silences(app, []string{match.Id}, now)
	return silences[match.Id], err
}

// runningSilences are the silences at now of the active pairs of programmes still running.
func runningSilences(app core.App, now time.Time) ([]Silence, error) {
	return readSilences(app, now, "(p.ends_at = '' OR p.ends_at > {:now})", nil)
}
