package workspace

import (
	"github.com/pocketbase/pocketbase/core"

	messages "github.com/mentorbase/mentorbase/catalog"
	"github.com/mentorbase/mentorbase/internal/calendar"
	"github.com/mentorbase/mentorbase/kernel"
)

// partStats turn an invitee's answer into their PARTSTAT.
var partStats = map[string]string{kernel.RSVPComing: calendar.PartStatAccepted, kernel.RSVPNotComing: calendar.PartStatDeclined}

// EventGathering describes a programme event for internal/calendar as person reads it, in
// locale, with their answer (kernel.RSVPComing, kernel.RSVPNotComing or "") as PARTSTAT. The
// programme organises it, from its contact address, else the portal's sender address.
func EventGathering(app core.App, program, event, person *core.Record, answer, locale string) calendar.Gathering {
	text := EventTextIn(event, program, locale)
	status := calendar.StatusScheduled
	if EventCancelled(event) {
		status = calendar.StatusCancelled
	}
	organizer := program.GetString("contact_email")
	if organizer == "" {
		organizer = app.Settings().Meta.SenderAddress
	}
	if organizer == "" {
		organizer = "noreply@" + kernel.PortalDomain(app)
	}
	name := kernel.ProgramName(program, locale).Text
	return calendar.Gathering{
		ID: event.Id, Domain: kernel.PortalDomain(app),
		Start: event.GetDateTime("starts_at").Time(), End: eventEnd(event),
		TimeZone: program.GetString("timezone"), Sequence: event.GetInt("sequence"), Status: status,
		Title:       messages.Catalog.T(locale, "events.ics.title", "program", name, "title", text.Title),
		Description: text.Description,
		Location:    event.GetString("location"), URL: kernel.PortalURL(app, "/programs/"+program.GetString("slug")),
		Stamp:     event.GetDateTime("updated").Time(),
		Organizer: calendar.Person{Name: name, Email: organizer},
		Attendee:  calendar.Person{Name: person.GetString("name"), Email: person.Email()},
		PartStat:  partStats[answer],
	}
}
