package workspace

import (
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/outbox"
)

// RemindMidpointCheckIns reminds, once, both members of every active pair that the programme
// has reached its midpoint_at (within reminderWindow), linking to the midpoint evaluation. Once the programme has
// ended, the end reminder says it all.
func RemindMidpointCheckIns(app core.App, now time.Time) (int, error) {
	filter := `status = {:status} && program.midpoint_at != "" && program.midpoint_at <= {:now} && program.midpoint_at >= {:since} &&
		(program.ends_at = "" || program.ends_at > {:now})`
	return eachMatch(app, filter, dbx.Params{"status": kernel.MatchActive}, now, func(pair *kernel.Pair) (int, error) {
		return remindMembers(app, pair, func(partner *core.Record) outbox.Letter {
			name := pair.ProgramName(pair.Partner(partner.Id))
			return outbox.Letter{
				Kind:    MidpointCheckInKind,
				Subject: outbox.P("reminder.midpoint.subject", "program", name),
				Paragraphs: []outbox.Phrase{outbox.P("reminder.midpoint.body",
					"program", name, "name", partner.GetString("name"))},
				Action:  outbox.P("reminder.midpoint.action"),
				Link:    "/matches/" + pair.Match.Id + "/evaluations/" + EvaluationMidpoint,
				Related: pair.Match,
			}
		})
	})
}

// RemindProgrammeEnds reminds, once, both members of every pair still active when the
// programme's ends_at has passed (within reminderWindow): the final evaluation to fill in and, when the programme has
// one that is not cancelled, its closing event.
func RemindProgrammeEnds(app core.App, now time.Time) (int, error) {
	filter := `status = {:status} && program.ends_at != "" && program.ends_at <= {:now} && program.ends_at >= {:since}`
	closings := map[string][]*core.Record{} // by programme: its first closing event, if any
	return eachMatch(app, filter, dbx.Params{"status": kernel.MatchActive}, now, func(pair *kernel.Pair) (int, error) {
		closing, found := closings[pair.Program.Id]
		if !found {
			var err error
			closing, err = app.FindRecordsByFilter(kernel.CollectionEvents, `program = {:program} && kind = {:kind} && status != {:cancelled}`,
				"starts_at", 1, 0, dbx.Params{"program": pair.Program.Id, "kind": kernel.EventClosing, "cancelled": kernel.EventCancelled})
			if err != nil {
				return 0, err
			}
			closings[pair.Program.Id] = closing
		}
		return remindMembers(app, pair, func(partner *core.Record) outbox.Letter {
			locale := pair.Locale(pair.Partner(partner.Id))
			name := kernel.ProgramName(pair.Program, locale)
			l := outbox.Letter{
				Kind:       ProgrammeEndKind,
				Subject:    outbox.P("reminder.end.subject", "program", name),
				Paragraphs: []outbox.Phrase{outbox.P("reminder.end.body", "program", name, "name", partner.GetString("name"))},
				Action:     outbox.P("reminder.end.action"),
				Link:       "/matches/" + pair.Match.Id,
				Related:    pair.Match,
			}
			if len(closing) > 0 {
				l.After = []outbox.Phrase{outbox.P("reminder.end.closing", "title", EventTextIn(closing[0], pair.Program, locale).Title,
					"when", kernel.LocalTime(closing[0].GetDateTime("starts_at").Time(), pair.Program.GetString("timezone")))}
			}
			return l
		})
	})
}
