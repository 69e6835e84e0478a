package workspace

import (
	"strconv"
	"strings"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/outbox"
)

// DriftNudgeKind is the outbox kind of the nudge a silent pair gets (README, E-mail,
// "Reminders").
const DriftNudgeKind = "drift_nudge"

// defaultDriftDays is the silence, in days, after which a pair is nudged when its programme
// sets none.
const defaultDriftDays = 30

// DriftAfter is how long a pair of program may go without a meeting or a message before both
// members are nudged.
func DriftAfter(program *core.Record) time.Duration {
	days := program.GetInt("drift_after_days")
	if days <= 0 {
		days = defaultDriftDays
	}
	return time.Duration(days) * 24 * time.Hour
}

// silenceQuery is, for every active pair of a programme still running at {:now}, the last
// sign of life — its start (or creation), a confirmed or held meeting already begun, a
// message, a check-in — and when the pair was last nudged: one query however many pairs.
const silenceQuery = `SELECT m.id AS id, p.drift_after_days AS days, m.drift_nudged_at AS nudged,
	MAX(COALESCE(NULLIF(m.started_at, ''), m.created),
		COALESCE((SELECT MAX(mt.starts_at) FROM meetings mt WHERE mt.match = m.id
			AND mt.status IN ('confirmed', 'held') AND mt.starts_at <= {:now}), ''),
		COALESCE((SELECT MAX(ms.created) FROM messages ms WHERE ms.match = m.id), ''),
		COALESCE((SELECT MAX(c.created) FROM checkins c WHERE c.match = m.id), '')) AS last
FROM matches m JOIN programs p ON p.id = m.program
WHERE m.status = 'active' AND (p.ends_at = '' OR p.ends_at > {:now})`

// silence is one active pair's last sign of life and last nudge, as stored dates.
type silence struct {
	ID     string `db:"id"`
	Days   int    `db:"days"`
	Nudged string `db:"nudged"`
	Last   string `db:"last"`
}

// due reports whether the pair has been silent for its programme's drift_after_days at now
// and was not nudged since its last sign of life: once per silence.
func (s silence) due(now time.Time) bool {
	days := s.Days
	if days <= 0 {
		days = defaultDriftDays
	}
	if s.Last > storedDate(now.Add(-time.Duration(days)*24*time.Hour)) {
		return false
	}
	return s.Nudged == "" || s.Nudged < s.Last
}

// RemindDriftingPairs nudges both members of every active pair silent for its programme's
// drift_after_days, once per silence: the nudge and the stamp on the match (drift_nudged_at)
// share a transaction, and a pair is nudged again only after a new meeting, message or
// check-in has broken the silence and a new one has lasted as long.
func RemindDriftingPairs(app core.App, now time.Time) (int, error) {
	rows, err := silences(app, now)
	if err != nil {
		return 0, err
	}
	var ids []string
	for _, r := range rows {
		if r.due(now) {
			ids = append(ids, r.ID)
		}
	}
	if len(ids) == 0 {
		return 0, nil
	}
	matches, err := app.FindRecordsByIds(kernel.CollectionMatches, ids)
	if err != nil {
		return 0, err
	}
	pairs, err := kernel.FindPairs(app, matches)
	if err != nil {
		return 0, err
	}
	return remindPairs(pairs, func(pair *kernel.Pair) (int, error) { return nudge(app, pair, now) })
}

// silences are the last signs of life of the active pairs at now: of matchIDs only, when
// some are given.
func silences(app core.App, now time.Time, matchIDs ...string) ([]silence, error) {
	query, params := silenceQuery, dbx.Params{"now": storedDate(now)}
	if len(matchIDs) > 0 {
		names := make([]string, len(matchIDs))
		for i, id := range matchIDs {
			names[i] = "{:m" + strconv.Itoa(i) + "}"
			params["m"+strconv.Itoa(i)] = id
		}
		query += " AND m.id IN (" + strings.Join(names, ", ") + ")"
	}
	var rows []silence
	err := app.DB().NewQuery(query).Bind(params).All(&rows)
	return rows, err
}

// NudgeDays are, by match id, the days on which the active pairs of matchIDs will be nudged if
// nothing breaks their silence first (the calendar feed's entry); a pair already nudged for
// its current silence has none.
func NudgeDays(app core.App, matchIDs []string, now time.Time) (map[string]time.Time, error) {
	days := map[string]time.Time{}
	if len(matchIDs) == 0 {
		return days, nil
	}
	rows, err := silences(app, now, matchIDs...)
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		last, err := types.ParseDateTime(r.Last)
		if err != nil || (r.Nudged != "" && r.Nudged >= r.Last) {
			continue
		}
		n := r.Days
		if n <= 0 {
			n = defaultDriftDays
		}
		days[r.ID] = last.Time().Add(time.Duration(n) * 24 * time.Hour)
	}
	return days, nil
}

// nudge queues the nudge to both members of pair and stamps the match, all or nothing.
func nudge(app core.App, pair *kernel.Pair, now time.Time) (int, error) {
	days := int(DriftAfter(pair.Program).Hours() / 24)
	err := app.RunInTransaction(func(txApp core.App) error {
		for _, person := range pair.Members() {
			partner := pair.Partner(person.Id)
			name := pair.ProgramName(person)
			l := outbox.Letter{
				Kind:    DriftNudgeKind,
				Subject: outbox.P("drift.nudge.subject", "name", partner.GetString("name")),
				Paragraphs: []outbox.Phrase{outbox.P("drift.nudge.body",
					"name", partner.GetString("name"), "days", days, "program", name)},
				Action:  outbox.P("drift.nudge.action"),
				Link:    "/matches/" + pair.Match.Id + "#checkin",
				After:   []outbox.Phrase{outbox.P("drift.nudge.after")},
				Related: pair.Match,
			}
			if _, err := outbox.QueueLetter(txApp, person, outbox.RecipientLocale(person, pair.Program.GetStringSlice("languages")), l); err != nil {
				return err
			}
		}
		pair.Match.Set("drift_nudged_at", now.UTC())
		return txApp.SaveNoValidate(pair.Match)
	})
	if err != nil {
		return 0, err
	}
	return len(pair.Members()), nil
}
