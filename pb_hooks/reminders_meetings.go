package pb_hooks

import (
	"fmt"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"
)

// meetingReminderLead is how long before a confirmed meeting both members are reminded.
const meetingReminderLead = 24 * time.Hour

// MeetingTomorrowKind is the outbox kind of the reminder of a meeting at its sequence: a
// rescheduled meeting (a higher sequence) is reminded again, at its new time.
func MeetingTomorrowKind(sequence int) string {
	return fmt.Sprintf("meeting_tomorrow.%d", sequence)
}

// RemindMeetingsTomorrow reminds both members of every active pair, once per meeting and
// sequence, of each confirmed meeting that starts within meetingReminderLead of now.
func RemindMeetingsTomorrow(app core.App, now time.Time) (int, error) {
	from, err := types.ParseDateTime(now)
	if err != nil {
		return 0, err
	}
	until, err := types.ParseDateTime(now.Add(meetingReminderLead))
	if err != nil {
		return 0, err
	}
	meetings, err := app.FindRecordsByFilter("meetings",
		`status = "confirmed" && match.status = "active" && starts_at > {:from} && starts_at <= {:until}`,
		"starts_at", 0, 0, dbx.Params{"from": from.String(), "until": until.String()})
	if err != nil {
		return 0, err
	}
	queued := 0
	for _, meeting := range meetings {
		pair, err := FindPair(app, meeting.GetString("match"))
		if err != nil {
			return queued, err
		}
		when := LocalTime(meeting.GetDateTime("starts_at").Time(), pair.Program.GetString("timezone"))
		n, err := remindMembers(app, pair, func(partner *core.Record) Letter {
			return Letter{
				Kind:       MeetingTomorrowKind(meeting.GetInt("sequence")),
				Subject:    P("reminder.meeting.subject", "when", when),
				Paragraphs: []Phrase{P("reminder.meeting.body", "when", when, "name", partner.GetString("name"))},
				Action:     P("reminder.meeting.action"),
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
