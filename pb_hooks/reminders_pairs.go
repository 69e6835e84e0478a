package pb_hooks

import (
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// RemindPendingInvitations reminds, once, the mentor of every invitation that has waited
// invitationReminderDelay for an answer, unless it expires today (in the programme's zone):
// the expiry e-mail will tell them soon enough.
func RemindPendingInvitations(app core.App, now time.Time) (int, error) {
	return eachMatch(app, `status = "invited"`, now, func(pair *Pair) (int, error) {
		invited := pair.Match.GetDateTime("created").Time()
		expires := pair.Match.GetDateTime("expires_at").Time()
		tomorrow := dayOf(now, ProgramZone(pair.Program)).AddDate(0, 0, 1)
		if now.Sub(invited) < invitationReminderDelay || (!expires.IsZero() && expires.Before(tomorrow)) {
			return 0, nil
		}
		mentee := pair.Mentee.GetString("name")
		l := Letter{
			Kind:       InvitationPendingKind,
			Subject:    P("reminder.invitation.subject", "name", mentee),
			Paragraphs: []Phrase{P("reminder.invitation.body", "name", mentee, "program", pair.Program.GetString("name"))},
			Action:     P("reminder.invitation.action"),
			Link:       "/invitations/" + pair.Match.Id,
			Related:    pair.Match,
		}
		if message := pair.Match.GetString("message"); message != "" {
			l.Paragraphs = append(l.Paragraphs, Quoted(message))
		}
		if !expires.IsZero() {
			l.After = []Phrase{P("reminder.invitation.expires", "date", LocalTime(expires, pair.Program.GetString("timezone")))}
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
	return eachMatch(app, `status = "active"`, now, func(pair *Pair) (int, error) {
		submitted, err := app.CountRecords("roadbooks", dbx.And(
			dbx.HashExp{"match": pair.Match.Id}, dbx.Not(dbx.HashExp{"submitted_at": ""})))
		if err != nil || submitted > 0 {
			return 0, err
		}
		due, ok := RoadbookDueDay(app, pair.Match)
		today := dayOf(now, ProgramZone(pair.Program))
		if !ok || (!today.Equal(due) && !today.AddDate(0, 0, 1).Equal(due)) {
			return 0, nil
		}
		date := due.Format("2006-01-02")
		sent, err := remindOnce(app, pair.Mentee, pair.Program, Letter{
			Kind:       RoadbookDueKind,
			Subject:    P("reminder.roadbook.subject", "date", date),
			Paragraphs: []Phrase{P("reminder.roadbook.body", "date", date, "name", pair.Mentor.GetString("name"))},
			Action:     P("reminder.roadbook.action"),
			Link:       "/matches/" + pair.Match.Id + "#roadbook",
			Related:    pair.Match,
		})
		if sent {
			return 1, err
		}
		return 0, err
	})
}

// RoadbookDueDay is the day the road-book of match is due: the programme's roadbook_lead_days
// before the day of its first confirmed (or held) meeting, in the programme's zone. ok is
// false while no meeting is confirmed. It is workspace.RoadbookDue for the hooks, which
// cannot import the workspace package.
func RoadbookDueDay(app core.App, match *core.Record) (due time.Time, ok bool) {
	first, err := app.FindRecordsByFilter("meetings",
		`match = {:match} && (status = "confirmed" || status = "held")`, "starts_at", 1, 0,
		dbx.Params{"match": match.Id})
	if err != nil || len(first) == 0 {
		return time.Time{}, false
	}
	program, err := app.FindRecordById("programs", match.GetString("program"))
	if err != nil {
		return time.Time{}, false
	}
	day := dayOf(first[0].GetDateTime("starts_at").Time(), ProgramZone(program))
	return day.AddDate(0, 0, -program.GetInt("roadbook_lead_days")), true
}
