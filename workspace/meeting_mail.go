package workspace

import (
	"github.com/pocketbase/pocketbase/core"

	messages "github.com/mentorbase/mentorbase/catalog"
	"github.com/mentorbase/mentorbase/internal/calendar"
	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/outbox"
)

// MeetingCalendar describes a meetings record for internal/calendar, with its title in locale.
// The organiser is the member who proposed the current time; both members attend.
func MeetingCalendar(app core.App, pair *kernel.Pair, meeting *core.Record, locale string) calendar.Meeting {
	organizer := pair.Mentor
	if meeting.GetString("proposed_by") == pair.Mentee.Id {
		organizer = pair.Mentee
	}
	person := func(r *core.Record) calendar.Person {
		return calendar.Person{Name: r.GetString("name"), Email: r.Email()}
	}
	return calendar.Meeting{
		ID:       meeting.Id,
		Domain:   kernel.PortalDomain(app),
		Start:    meeting.GetDateTime("starts_at").Time(),
		End:      meeting.GetDateTime("ends_at").Time(),
		TimeZone: pair.Program.GetString("timezone"),
		Sequence: meeting.GetInt("sequence"),
		Status:   meeting.GetString("status"),
		Mode:     meeting.GetString("mode"),
		Location: meeting.GetString("location"),
		VideoURL: meeting.GetString("video_url"),
		Agenda:   meeting.GetString("agenda"),
		Title: messages.Catalog.T(locale, "meeting.ics.title",
			"mentor", pair.Mentor.GetString("name"), "mentee", pair.Mentee.GetString("name")),
		URL:       kernel.PortalURL(app, "/matches/"+pair.Match.Id),
		Stamp:     meeting.GetDateTime("updated").Time(),
		Organizer: person(organizer),
		Attendees: []calendar.Person{person(pair.Mentor), person(pair.Mentee)},
	}
}

// MeetingICS is the meeting's current iTIP message in locale: METHOD:CANCEL once it is
// cancelled, METHOD:REQUEST otherwise. The e-mails and /meetings/{id}.ics use it alike.
func MeetingICS(app core.App, pair *kernel.Pair, meeting *core.Record, locale string) (ics []byte, method string, err error) {
	method = calendar.MethodRequest
	if meeting.GetString("status") == calendar.StatusCancelled {
		method = calendar.MethodCancel
	}
	ics, err = calendar.Invite(MeetingCalendar(app, pair, meeting, locale), method)
	return ics, method, err
}

// MailMeetingChange e-mails both members, each in their language, the meeting's invite after
// a change of kind proposed, confirmed, rescheduled, updated (a new agenda) or cancelled. A
// meeting created held (logged after it took place) is mailed nothing: its time is past.
func MailMeetingChange(app core.App, meeting *core.Record, kind string) error {
	if kind == "proposed" && meeting.GetString("status") == kernel.MeetingHeld {
		return nil
	}
	pair, err := kernel.FindPair(app, meeting.GetString("match"))
	if err != nil {
		return err
	}
	if kind == "proposed" && meeting.GetBool("booked") {
		kind = "booked" // confirmed at once: one offered the time, the other picked it
	}
	when := kernel.LocalTime(meeting.GetDateTime("starts_at").Time(), pair.Program.GetString("timezone"))
	for _, person := range pair.Members() {
		locale := pair.Locale(person)
		ics, method, err := MeetingICS(app, pair, meeting, locale)
		if err != nil {
			return err
		}
		args := []any{"partner", pair.Partner(person.Id).GetString("name"), "when", when}
		body := "meeting.mail." + kind + ".body"
		if (kind == "proposed" || kind == "booked") && person.Id == meeting.GetString("proposed_by") {
			body = "meeting.mail." + kind + ".body_proposer" // the partner confirms, not the proposer
		}
		paragraphs := []outbox.Phrase{outbox.P(body, args...)}
		if agenda := meeting.GetString("agenda"); kind == "updated" && agenda != "" {
			// the new agenda itself, so nobody has to open the invite to read it
			paragraphs = append(paragraphs, outbox.Quoted(agenda))
		}
		_, err = outbox.QueueLetter(app, person, locale, outbox.Letter{
			Kind:       "meeting_" + kind,
			Subject:    outbox.P("meeting.mail."+kind+".subject", args...),
			Paragraphs: paragraphs,
			Action:     outbox.P("meeting.mail.action"),
			Link:       "/matches/" + pair.Match.Id,
			Related:    meeting,
			ICS:        string(ics),
			ICSMethod:  method,
		})
		if err != nil {
			return err
		}
	}
	return nil
}
