package workspace

import (
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/internal/i18n"
	"github.com/mentorbase/mentorbase/kernel"
)

// Codes of the refusals of an event, catalog keys.
const (
	CodeEventEndsBeforeStart = "events.error.ends_before_start"
	CodeEventStaysCancelled  = "events.error.stays_cancelled"
	CodeEventSequence        = "events.error.sequence"
	CodeEventTitleRequired   = "events.error.title_required"
)

// invitationFields are the fields an invite shows or whom it goes to: changing one sends the
// invitees an update.
var invitationFields = func() []string {
	fields := []string{"starts_at", "ends_at", "location", "title", "description", "audience"}
	for _, lang := range i18n.Locales {
		fields = append(fields, "title_"+lang, "description_"+lang)
	}
	return fields
}()

// CheckEventChange keeps an event consistent whoever saves it (portal, REST API, dashboard);
// stored is the event as the database holds it, nil for a new one. A new event is scheduled,
// for everyone, unless told otherwise (a copy of last year's programme may bring a cancelled
// one along), at sequence 0; an event ends after it starts; a
// cancelled event stays cancelled; and every change of what the invite says, or whom it goes
// to, raises the sequence once (unless the caller did) so calendars replace what they hold.
func CheckEventChange(event, stored *core.Record) error {
	start, end := event.GetDateTime("starts_at"), event.GetDateTime("ends_at")
	if !start.IsZero() && !end.IsZero() && !end.After(start) {
		return kernel.RefuseField("ends_at", CodeEventEndsBeforeStart).Validation()
	}
	if event.GetString("audience") == "" {
		event.Set("audience", kernel.AudienceAll)
	}
	if event.GetString("status") == "" {
		event.Set("status", kernel.EventScheduled)
	}
	if stored == nil {
		event.Set("sequence", 0)
		return nil
	}
	if EventCancelled(stored) && !EventCancelled(event) {
		return kernel.RefuseField("status", CodeEventStaysCancelled).Validation()
	}
	if event.GetInt("sequence") < stored.GetInt("sequence") {
		return kernel.RefuseField("sequence", CodeEventSequence).Validation()
	}
	if (eventRevised(event, stored) || EventCancelled(event) && !EventCancelled(stored)) &&
		event.GetInt("sequence") == stored.GetInt("sequence") {
		event.Set("sequence", stored.GetInt("sequence")+1)
	}
	return nil
}

// eventRevised reports whether the invite of event differs from the stored one's.
func eventRevised(event, stored *core.Record) bool {
	for _, f := range invitationFields {
		if event.GetString(f) != stored.GetString(f) {
			return true
		}
	}
	return false
}

// eventEnd is when the event is over: its end, or an hour after it starts when it has none.
func eventEnd(event *core.Record) time.Time {
	start, end := event.GetDateTime("starts_at").Time(), event.GetDateTime("ends_at").Time()
	if !end.After(start) {
		return start.Add(time.Hour)
	}
	return end
}

// EventOver reports whether the event has ended by now: nobody is told of changes to it any
// more, and nobody answers it.
func EventOver(event *core.Record, now time.Time) bool {
	return !eventEnd(event).After(now)
}
