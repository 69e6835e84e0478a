package workspace

import (
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/internal/calendar"
	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/outbox"
)

// Letters of a programme event (outbox kinds): the announcement, an update, the cancellation,
// and the withdrawal sent to people a new audience no longer includes.
const (
	MailEventAnnounced = "event_announced"
	MailEventUpdated   = "event_updated"
	MailEventCancelled = "event_cancelled"
	MailEventWithdrawn = "event_withdrawn"
)

// MailEventChange queues, in the caller's transaction, the letters and invites a saved event
// calls for; stored is the event as it was before the save, nil for a new one. A new event is
// announced to its audience (unless it is created cancelled, as a copied programme may bring
// one); a cancelled one is called off for everyone it was sent to; a revised one is sent
// again (SEQUENCE raised by CheckEventChange), announced to people a new audience adds and
// withdrawn from those it drops. An event that is over tells nobody.
func MailEventChange(app core.App, event, stored *core.Record) error {
	if EventOver(event, time.Now()) || stored != nil && EventCancelled(stored) {
		return nil
	}
	program, err := app.FindRecordById(kernel.CollectionPrograms, event.GetString("program"))
	if err != nil {
		return err
	}
	now, err := Invitees(app, program.Id, EventAudience(event))
	if err != nil {
		return err
	}
	if stored == nil {
		if EventCancelled(event) {
			return nil
		}
		return mailEvent(app, program, event, now, MailEventAnnounced)
	}
	before, err := Invitees(app, program.Id, EventAudience(stored))
	if err != nil {
		return err
	}
	if EventCancelled(event) {
		return mailEvent(app, program, event, before, MailEventCancelled)
	}
	if !eventRevised(event, stored) {
		return nil
	}
	kept, added, dropped := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for id := range now {
		if before[id] {
			kept[id] = true
		} else {
			added[id] = true
		}
	}
	for id := range before {
		if !now[id] {
			dropped[id] = true
		}
	}
	for kind, people := range map[string]map[string]bool{MailEventUpdated: kept, MailEventAnnounced: added, MailEventWithdrawn: dropped} {
		if err := mailEvent(app, program, event, people, kind); err != nil {
			return err
		}
	}
	return nil
}

// MailEventDeleted calls off, for its invitees, a scheduled event deleted before it is over
// (through the REST API or the dashboard: the portal cancels instead).
func MailEventDeleted(app core.App, event *core.Record) error {
	if EventCancelled(event) || EventOver(event, time.Now()) {
		return nil
	}
	program, err := app.FindRecordById(kernel.CollectionPrograms, event.GetString("program"))
	if err != nil {
		return err
	}
	people, err := Invitees(app, program.Id, EventAudience(event))
	if err != nil {
		return err
	}
	event.Set("status", kernel.EventCancelled)
	event.Set("sequence", event.GetInt("sequence")+1)
	return mailEvent(app, program, event, people, MailEventCancelled)
}

// mailEvent queues the letter kind, with its invite, to each person of ids, in their language.
func mailEvent(app core.App, program, event *core.Record, ids map[string]bool, kind string) error {
	if len(ids) == 0 {
		return nil
	}
	list := make([]string, 0, len(ids))
	for id := range ids {
		list = append(list, id)
	}
	people, err := app.FindRecordsByIds(kernel.CollectionUsers, list)
	if err != nil {
		return err
	}
	answers, err := eventAnswers(app, event.Id)
	if err != nil {
		return err
	}
	method := calendar.MethodRequest
	if kind == MailEventCancelled || kind == MailEventWithdrawn {
		method = calendar.MethodCancel
	}
	for _, person := range people {
		if err := queueEventLetter(app, program, event, person, answers[person.Id], kind, method); err != nil {
			return err
		}
	}
	return nil
}

// queueEventLetter queues one person's letter about the event with its iTIP message.
func queueEventLetter(app core.App, program, event, person *core.Record, answer, kind, method string) error {
	locale := outbox.RecipientLocale(person, program.GetStringSlice("languages"))
	g := EventGathering(app, program, event, person, answer, locale)
	if method == calendar.MethodCancel {
		g.Status = calendar.StatusCancelled
	}
	ics, err := calendar.GatheringInvite(g, method)
	if err != nil {
		return err
	}
	text := EventTextIn(event, program, locale)
	args := []any{"title", outbox.Named{Text: text.Title, Lang: text.Lang}, "program", kernel.ProgramName(program, locale),
		"when", kernel.LocalTime(g.Start, g.TimeZone)}
	paragraphs := []outbox.Phrase{outbox.P("events.mail."+kind+".body", args...)}
	letter := outbox.Letter{Kind: kind, Subject: outbox.P("events.mail."+kind+".subject", args...),
		Related: event, ICS: string(ics), ICSMethod: method,
		Action: outbox.P("events.mail.see_programme"), Link: "/programs/" + program.GetString("slug")}
	if method == calendar.MethodRequest {
		if g.Location != "" {
			paragraphs = append(paragraphs, outbox.P("events.mail.place", "place", g.Location))
		}
		if g.Description != "" {
			paragraphs = append(paragraphs, outbox.Quoted(g.Description))
		}
		letter.Action, letter.Link = outbox.P("events.mail.answer"), RSVPPath(app, event.Id, person.Id)
		letter.After = []outbox.Phrase{outbox.P("events.mail.calendar")}
	}
	letter.Paragraphs = paragraphs
	_, err = outbox.QueueLetter(app, person, locale, letter)
	return err
}

// eventAnswers are the answers given to eventID, by user id.
func eventAnswers(app core.App, eventID string) (map[string]string, error) {
	records, err := app.FindAllRecords(kernel.CollectionEventRSVPs, dbx.HashExp{"event": eventID})
	answers := make(map[string]string, len(records))
	for _, r := range records {
		answers[r.GetString("user")] = r.GetString("answer")
	}
	return answers, err
}
