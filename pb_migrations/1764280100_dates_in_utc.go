package pb_migrations

import (
	"fmt"

	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// The dashboard shows and takes every date in UTC, while the portal shows them on the
// programme's clock: each date field's help says so, so that an admin typing a programme's
// dates or a meeting's time in the dashboard converts them first.
func init() {
	m.Register(func(app core.App) error {
		return setDateHelp(app, map[string]map[string]string{
			"charter_acceptances": {
				"accepted_at": "When the person accepted it (UTC).",
			},
			"charters": {
				"published_at": "When this version takes effect, in UTC; empty means draft, not shown to participants.",
			},
			"evaluations": {
				"submitted_at": "When the form was submitted (UTC); empty while a draft.",
			},
			"events": {
				"starts_at": "Start of the event, in UTC: the portal shows it on the programme's clock.",
				"ends_at":   "End of the event, in UTC: the portal shows it on the programme's clock.",
			},
			"goals": {
				"done_at": "When the goal was reached (UTC).",
				"due_on":  "Target date, in UTC.",
			},
			"matches": {
				"started_at":       "When the pair became active (UTC).",
				"ended_at":         "When the pair ended (UTC).",
				"expires_at":       "When an invitation expires (UTC).",
				"mentee_agreed_at": "When the mentee accepted the pairing by invitation, in UTC (empty for pairs the coordinators made); the mentoring agreement is in agreement.",
				"mentor_agreed_at": "When the mentor accepted the pairing by invitation, in UTC (empty for pairs the coordinators made); the mentoring agreement is in agreement.",
			},
			"meetings": {
				"starts_at": "Start of the meeting, in UTC: the portal shows it on the programme's clock.",
				"ends_at":   "End of the meeting, in UTC: the portal shows it on the programme's clock.",
			},
			"messages": {
				"read_at": "When the partner read the message (UTC).",
			},
			"outbox": {
				"next_attempt_at": "When the worker tries (again) to send a pending message (UTC).",
				"sent_at":         "When the message was handed to the mail server (UTC).",
			},
			"programs": {
				"applications_open_at":  "Applications open (start of the applications phase), in UTC: midnight in Paris is 22:00 or 23:00 the day before.",
				"applications_close_at": "Applications close (start of the matching phase), in UTC.",
				"starts_at":             "Start of the mentoring period, in UTC; must not be before applications close.",
				"midpoint_at":           "Mid-programme check-in date, in UTC.",
				"ends_at":               "End of the programme (final evaluation and closing event), in UTC.",
			},
			"roadbooks": {
				"submitted_at": "When the mentee sent the road-book to the mentor (UTC); empty while a draft.",
			},
			"applications": {
				"consented_at": "When the applicant gave that consent; set by the server, stored in UTC.",
				"paused_until": "Mentors: taking no new mentees before this instant, in UTC (the start of the day typed in the portal, on the programme's clock); empty: taking them.",
			},
		})
	}, nil)
}

// setDateHelp sets the help of the date fields named in helps, by collection then field.
func setDateHelp(app core.App, helps map[string]map[string]string) error {
	for name, fields := range helps {
		collection, err := app.FindCollectionByNameOrId(name)
		if err != nil {
			return err
		}
		for field, help := range fields {
			date, ok := collection.Fields.GetByName(field).(*core.DateField)
			if !ok {
				return fmt.Errorf("%s.%s is not a date field", name, field)
			}
			date.Help = help
		}
		if err := app.Save(collection); err != nil {
			return err
		}
	}
	return nil
}
