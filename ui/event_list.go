package ui

import (
	"net/http"
	"slices"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/mentoring"
	"github.com/mentorbase/mentorbase/workspace"
)

// eventRow is one event in the coordinators' list, with who is invited and how they answered.
type eventRow struct {
	ID, Title, Lang, KindKey, AudienceKey, When, Location string
	Cancelled, Over                                       bool
	Count                                                 workspace.EventCount
}

// eventList lists a programme's events to its coordinators in date order, with how many are
// invited and how they answered; anyone else gets the 404 page.
func (s *server) eventList(e *core.RequestEvent) error {
	program, ok := coordinatedProgram(e)
	if !ok {
		return s.renderNotFound(e)
	}
	events, err := e.App.FindAllRecords(kernel.CollectionEvents, dbx.HashExp{"program": program.Id})
	if err != nil {
		return err
	}
	slices.SortFunc(events, func(a, b *core.Record) int {
		return a.GetDateTime("starts_at").Time().Compare(b.GetDateTime("starts_at").Time())
	})
	// Counting the audiences reads every approved application or active pair of the programme
	// (about 4 ms at 20,000 participants): kept until an event, answer, application or pair
	// changes (memo.go).
	counts, err := s.eventCounts.get(program.Id, func() (map[string]workspace.EventCount, error) {
		return workspace.EventCounts(e.App, program, events)
	})
	if err != nil {
		return err
	}
	locale, now := requestLocale(e), time.Now()
	rows := make([]eventRow, len(events))
	for i, ev := range events {
		view, _ := newEventView(ev, program, locale)
		rows[i] = eventRow{ID: ev.Id, Title: view.Title, Lang: view.Lang, KindKey: "events.kind." + ev.GetString("kind"),
			AudienceKey: "events.audience." + workspace.EventAudience(ev), When: view.When(),
			Location: ev.GetString("location"), Cancelled: workspace.EventCancelled(ev),
			Over: workspace.EventOver(ev, now), Count: counts[ev.Id]}
	}
	p := newPage(e, "events.list.title")
	name, nameLang := mentoring.ProgramText(program, "name", locale)
	p.Data = struct {
		Slug, ProgramName, ProgramLang, Zone string
		Events                               []eventRow
	}{program.GetString("slug"), name, nameLang, kernel.ProgramZone(program).String(), rows}
	return s.render(e, http.StatusOK, "event_list", p)
}
