package workspace

import (
	"slices"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/outbox"
)

// RemindPendingInvitations reminds, once, the mentor of every invitation that has waited
// invitationReminderDelay for an answer, unless it expires today (in the programme's zone):
// the expiry e-mail will tell them soon enough.
func RemindPendingInvitations(app core.App, now time.Time) (int, error) {
	waited := dbx.Params{"invited_before": storedDate(now.Add(-invitationReminderDelay)), "status": kernel.MatchInvited}
	return eachMatch(app, `status = {:status} && created <= {:invited_before}`, waited, now, func(pair *kernel.Pair) (int, error) {
		expires := pair.Match.GetDateTime("expires_at").Time()
		tomorrow := dayOf(now, kernel.ProgramZone(pair.Program)).AddDate(0, 0, 1)
		if !expires.IsZero() && expires.Before(tomorrow) {
			return 0, nil
		}
		mentee := pair.Mentee.GetString("name")
		l := outbox.Letter{
			Kind:       InvitationPendingKind,
			Subject:    outbox.P("reminder.invitation.subject", "name", mentee),
			Paragraphs: []outbox.Phrase{outbox.P("reminder.invitation.body", "name", mentee, "program", pair.ProgramName(pair.Mentor))},
			Action:     outbox.P("reminder.invitation.action"),
			Link:       "/invitations/" + pair.Match.Id,
			Related:    pair.Match,
		}
		if message := pair.Match.GetString("message"); message != "" {
			l.Paragraphs = append(l.Paragraphs, outbox.Quoted(message))
		}
		if !expires.IsZero() {
			l.After = []outbox.Phrase{outbox.P("reminder.invitation.expires", "date", kernel.LocalTime(expires, pair.Program.GetString("timezone")))}
		}
		sent, err := remindOnce(app, pair.Mentor, pair.Program, l)
		if sent {
			return 1, err
		}
		return 0, err
	})
}

// RemindRoadbooksDue reminds, once, the mentee of every active pair whose road-book is not
// submitted when it is due tomorrow or today (in the programme's zone).
func RemindRoadbooksDue(app core.App, now time.Time) (int, error) {
	matches, err := app.FindRecordsByFilter(kernel.CollectionMatches, `status = {:status}`, "created", 0, 0,
		dbx.Params{"status": kernel.MatchActive})
	if err != nil {
		return 0, err
	}
	firsts, err := firstMeetingsWithoutRoadbook(app, matches)
	if err != nil {
		return 0, err
	}
	matches = slices.DeleteFunc(matches, func(m *core.Record) bool { return firsts[m.Id].IsZero() })
	pairs, err := kernel.FindPairs(app, matches)
	if err != nil {
		return 0, err
	}
	return remindPairs(pairs, func(pair *kernel.Pair) (int, error) {
		due := RoadbookDueBefore(pair.Program, firsts[pair.Match.Id])
		today := dayOf(now, kernel.ProgramZone(pair.Program))
		if !today.Equal(due) && !today.AddDate(0, 0, 1).Equal(due) {
			return 0, nil
		}
		date := due.Format("2006-01-02")
		sent, err := remindOnce(app, pair.Mentee, pair.Program, outbox.Letter{
			Kind:       RoadbookDueKind,
			Subject:    outbox.P("reminder.roadbook.subject", "date", date),
			Paragraphs: []outbox.Phrase{outbox.P("reminder.roadbook.body", "date", date, "name", pair.Mentor.GetString("name"))},
			Action:     outbox.P("reminder.roadbook.action"),
			Link:       "/matches/" + pair.Match.Id + "#roadbook",
			Related:    pair.Match,
		})
		if sent {
			return 1, err
		}
		return 0, err
	})
}

// firstMeetingsWithoutRoadbook is, by match id, the start of the first confirmed (or held)
// meeting of each of matches whose road-book is not submitted: the pairs a road-book reminder
// may be for, found in two queries.
func firstMeetingsWithoutRoadbook(app core.App, matches []*core.Record) (map[string]time.Time, error) {
	firsts := map[string]time.Time{}
	if len(matches) == 0 {
		return firsts, nil
	}
	ids := make([]any, len(matches))
	for i, m := range matches {
		ids[i] = m.Id
	}
	meetings, err := app.FindAllRecords(kernel.CollectionMeetings, dbx.In("match", ids...),
		dbx.In("status", kernel.MeetingConfirmed, kernel.MeetingHeld))
	if err != nil {
		return nil, err
	}
	for _, m := range meetings {
		start, match := m.GetDateTime("starts_at").Time(), m.GetString("match")
		if first, ok := firsts[match]; !ok || start.Before(first) {
			firsts[match] = start
		}
	}
	submitted, err := app.FindAllRecords(kernel.CollectionRoadbooks, dbx.In("match", ids...), dbx.Not(dbx.HashExp{"submitted_at": ""}))
	if err != nil {
		return nil, err
	}
	for _, r := range submitted {
		delete(firsts, r.GetString("match"))
	}
	return firsts, nil
}

// RoadbookDueBefore is the day the road-book is due when the pair's first confirmed (or
// held) meeting starts at first: the programme's roadbook_lead_days before that day, in the
// programme's zone.
func RoadbookDueBefore(program *core.Record, first time.Time) time.Time {
	return dayOf(first, kernel.ProgramZone(program)).AddDate(0, 0, -program.GetInt("roadbook_lead_days"))
}
