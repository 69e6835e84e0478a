package workspace

import (
	"errors"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/outbox"
)

// Outbox kinds of the reminders (README, E-mail, "Reminders"). The outbox is their memory: a
// reminder of a kind, to a person, about a record is queued once, however often the cron job
// runs.
const (
	InvitationPendingKind = "invitation_pending"
	RoadbookDueKind       = "roadbook_due"
	MidpointCheckInKind   = "midpoint_checkin"
	ProgrammeEndKind      = "programme_end"
)

// invitationReminderDelay is how long an invitation waits before its mentor is reminded.
const invitationReminderDelay = 3 * 24 * time.Hour

// SendReminders queues every reminder due at now and returns how many e-mails it queued. A
// reminder that fails does not hold the other kinds back; their errors are joined.
func SendReminders(app core.App, now time.Time) (int, error) {
	queued := 0
	var errs []error
	for _, remind := range []func(core.App, time.Time) (int, error){
		RemindPendingInvitations, RemindRoadbooksDue, RemindMeetingsTomorrow,
		RemindMidpointCheckIns, RemindProgrammeEnds, RemindDriftingPairs,
	} {
		n, err := remind(app, now)
		queued += n
		errs = append(errs, err)
	}
	return queued, errors.Join(errs...)
}

// remindOnce queues l to person, in their language, unless a mail of the same kind about the
// same record already went to them. Check and queue share one transaction, so two runs
// cannot both queue it.
func remindOnce(app core.App, person, program *core.Record, l outbox.Letter) (bool, error) {
	sent := false
	err := app.RunInTransaction(func(txApp core.App) error {
		done, err := txApp.CountRecords(kernel.CollectionOutbox, dbx.HashExp{
			"kind": l.Kind, "to": person.Email(), "related_id": l.Related.Id,
		})
		if err != nil || done > 0 {
			return err
		}
		_, err = outbox.QueueLetter(txApp, person, outbox.RecipientLocale(person, program.GetStringSlice("languages")), l)
		sent = err == nil
		return err
	})
	return sent, err
}

// remindMembers reminds both members of the pair once with the letter written for each,
// given the partner.
func remindMembers(app core.App, pair *kernel.Pair, letter func(partner *core.Record) outbox.Letter) (int, error) {
	queued := 0
	for _, person := range pair.Members() {
		sent, err := remindOnce(app, person, pair.Program, letter(pair.Partner(person.Id)))
		if err != nil {
			return queued, err
		}
		if sent {
			queued++
		}
	}
	return queued, nil
}

// reminderWindow is how long after a programme date its reminder may still go out: a cron run
// that finds a date passed long ago (the portal was down, or just installed on a running
// programme) does not mail every pair about it.
const reminderWindow = 14 * 24 * time.Hour

// eachMatch calls remind for every match that filter selects, with now and now less
// reminderWindow (as stored dates) bound to {:now} and {:since} besides params, and adds up
// what it queued. The pairs are loaded together, so a run costs the same few queries however
// many matches it reminds.
func eachMatch(app core.App, filter string, params dbx.Params, now time.Time, remind func(*kernel.Pair) (int, error)) (int, error) {
	bound := dbx.Params{"now": storedDate(now), "since": storedDate(now.Add(-reminderWindow))}
	for k, v := range params {
		bound[k] = v
	}
	matches, err := app.FindRecordsByFilter(kernel.CollectionMatches, filter, "created", 0, 0, bound)
	if err != nil {
		return 0, err
	}
	pairs, err := kernel.FindPairs(app, matches)
	if err != nil {
		return 0, err
	}
	return remindPairs(pairs, remind)
}

// remindPairs calls remind for each pair in turn and adds up what it queued, stopping at the
// first error.
func remindPairs(pairs []*kernel.Pair, remind func(*kernel.Pair) (int, error)) (int, error) {
	queued := 0
	for _, pair := range pairs {
		n, err := remind(pair)
		queued += n
		if err != nil {
			return queued, err
		}
	}
	return queued, nil
}

// storedDate is t written as the database stores dates, for filters.
func storedDate(t time.Time) string {
	return t.UTC().Format(types.DefaultDateLayout)
}

// dayOf is the start of the day of t in loc.
func dayOf(t time.Time, loc *time.Location) time.Time {
	t = t.In(loc)
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, loc)
}
