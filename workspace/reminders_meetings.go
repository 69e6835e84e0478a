package workspace

import (
	"database/sql"
	"fmt"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/outbox"
)

// meetingReminderLead is how long before a confirmed meeting both members are reminded.
const meetingReminderLead = 24 * time.Hour

// MeetingTomorrowKind is the outbox kind of the reminder of a meeting starting at start: a
// meeting moved to another time is reminded again, at its new time, but a new agenda (which
// raises the sequence too) does not remind anyone twice of the same appointment.
func MeetingTomorrowKind(start time.Time) string {
	return "meeting_tomorrow." + start.UTC().Format("20060102T150405Z")
}

// RemindMeetingsTomorrow reminds both members of every active pair, once per meeting and
// start time, of each confirmed meeting that starts within meetingReminderLead of now.
func RemindMeetingsTomorrow(app core.App, now time.Time) (int, error) {
	from, err := types.ParseDateTime(now)
	if err != nil {
		return 0, err
	}
	until, err := types.ParseDateTime(now.Add(meetingReminderLead))
	if err != nil {
		return 0, err
	}
	meetings, err := app.FindRecordsByFilter(kernel.CollectionMeetings,
		`status = {:status} && match.status = {:matchStatus} && starts_at > {:from} && starts_at <= {:until}`,
		"starts_at", 0, 0, dbx.Params{"from": from.String(), "until": until.String(),
			"status": kernel.MeetingConfirmed, "matchStatus": kernel.MatchActive})
	if err != nil {
		return 0, err
	}
	pairs, err := pairsOfMeetings(app, meetings)
	if err != nil {
		return 0, err
	}
	queued := 0
	for _, meeting := range meetings {
		pair := pairs[meeting.GetString("match")]
		start := meeting.GetDateTime("starts_at").Time()
		when := kernel.LocalTime(start, pair.Program.GetString("timezone"))
		n, err := remindMembers(app, pair, func(partner *core.Record) outbox.Letter {
			return outbox.Letter{
				Kind:       MeetingTomorrowKind(start),
				Subject:    outbox.P("reminder.meeting.subject", "when", when),
				Paragraphs: []outbox.Phrase{outbox.P("reminder.meeting.body", "when", when, "name", partner.GetString("name"))},
				Action:     outbox.P("reminder.meeting.action"),
				Link:       "/matches/" + pair.Match.Id,
				Related:    meeting,
			}
		})
		queued += n
		if err != nil {
			return queued, err
		}
	}
	return queued, nil
}

// pairsOfMeetings loads the pairs of meetings together, by match id.
func pairsOfMeetings(app core.App, meetings []*core.Record) (map[string]*kernel.Pair, error) {
	ids := make([]string, len(meetings))
	for i, m := range meetings {
		ids[i] = m.GetString("match")
	}
	matches, err := app.FindRecordsByIds(kernel.CollectionMatches, ids)
	if err != nil {
		return nil, err
	}
	pairs, err := kernel.FindPairs(app, matches)
	if err != nil {
		return nil, err
	}
	byMatch := make(map[string]*kernel.Pair, len(pairs))
	for _, p := range pairs {
		byMatch[p.Match.Id] = p
	}
	for _, id := range ids {
		if byMatch[id] == nil {
			return nil, fmt.Errorf("match %s: %w", id, sql.ErrNoRows)
		}
	}
	return byMatch, nil
}
