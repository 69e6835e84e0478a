package workspace

import (
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/outbox"
)

// DriftNudgeKind is the outbox kind of the nudge a silent pair gets (README, E-mail,
// "Reminders").
const DriftNudgeKind = "drift_nudge"

// DriftAfter is how long a pair of program may go without a sign of life (SignOfLifeSQL)
// before both members are nudged.
func DriftAfter(program *core.Record) time.Duration {
	return days(program.GetInt("drift_after_days"), defaultDriftDays)
}

// RemindDriftingPairs nudges both members of every active pair silent for its programme's
// drift_after_days, once per silence: the nudge and the stamp on the match (drift_nudged_at)
// share a transaction, and a pair is nudged again only after a new meeting, message or
// check-in has broken the silence and a new one has lasted as long. A pair silent for
// close_after_days is offered closing instead, with a ClosingWarning (warnPair).
func RemindDriftingPairs(app core.App, now time.Time) (int, error) {
	rows, err := runningSilences(app, now)
	if err != nil {
		return 0, err
	}
	var nudge, warn []string
	for _, s := range rows {
		if s.WarningDue(now) {
			warn = append(warn, s.MatchID)
		} else if s.NudgeDue(now) {
			nudge = append(nudge, s.MatchID)
		}
	}
	nudged, err := eachPair(app, nudge, func(pair *kernel.Pair) (int, error) { return nudgePair(app, pair, now) })
	if err != nil {
		return nudged, err
	}
	warned, err := eachPair(app, warn, func(pair *kernel.Pair) (int, error) { return warnPair(app, pair, now) })
	return nudged + warned, err
}

// eachPair calls remind for the pairs of the matches ids, loaded together.
func eachPair(app core.App, ids []string, remind func(*kernel.Pair) (int, error)) (int, error) {
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
	return remindPairs(pairs, remind)
}

// nudgePair queues the nudge to both members of pair and stamps the match, all or nothing.
func nudgePair(app core.App, pair *kernel.Pair, now time.Time) (int, error) {
	silent := int(DriftAfter(pair.Program).Hours() / 24)
	err := app.RunInTransaction(func(txApp core.App) error {
		for _, person := range pair.Members() {
			partner := pair.Partner(person.Id)
			name := pair.ProgramName(person)
			l := outbox.Letter{
				Kind:    DriftNudgeKind,
				Subject: outbox.P("drift.nudge.subject", "name", partner.GetString("name")),
				Paragraphs: []outbox.Phrase{outbox.P("drift.nudge.body",
					"name", partner.GetString("name"), "days", silent, "program", name)},
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
