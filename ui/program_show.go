package ui

import (
	"html/template"
	"net/http"
	"slices"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"

	"github.com/mentorbase/mentorbase/internal/markdown"
	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/mentoring"
)

// programShow presents one programme: summary, description, dated steps, the events coming
// up and how it works.
// A programme the person may not see answers 404, so its existence does not leak.
func (s *server) programShow(e *core.RequestEvent) error {
	program, ok := visibleProgram(e)
	if !ok {
		return s.renderNotFound(e)
	}
	locale := requestLocale(e)
	text, lang := readerText(program, "description", locale)
	description, err := markdown.Render(text)
	if err != nil {
		return err
	}
	now := time.Now()
	events, err := upcomingEvents(e.App, []*core.Record{program}, now)
	if err != nil {
		return err
	}
	p := newPage(e, "program.title")
	card := readerCard(program, locale, now)
	p.Title = card.Name
	p.Data = struct {
		Program         programCard
		Description     template.HTML
		DescriptionLang string
		Zone            string
		Steps           []programStep
		Events          []eventView
		Actions         programActions
	}{card, description, lang, kernel.ProgramZone(program).String(), programSteps(program), events, newProgramActions(e, program)}
	return s.render(e, http.StatusOK, "program_show", p)
}

// programActions are the buttons of a programme page for the person looking at it.
type programActions struct {
	Open          bool   // applications are taken now
	ApplicationID string // the person's application, shown instead of the apply buttons
	BrowseMentors bool   // an approved mentee of a self-service programme
	Coordinator   bool
}

func newProgramActions(e *core.RequestEvent, program *core.Record) programActions {
	a := programActions{Open: mentoring.TakesApplications(program, time.Now())}
	if e.Auth == nil {
		return a
	}
	if application := userApplication(e.App, e.Auth.Id, program.Id); application != nil {
		a.ApplicationID = application.Id
		a.BrowseMentors = program.GetString("matching_mode") == kernel.MatchingSelfService &&
			application.GetString("role") == kernel.RoleMentee && application.GetString("status") == kernel.ApplicationApproved
	}
	a.Coordinator = coordinates(program, e.Auth)
	return a
}

// eventView is a programme event still to come, its times in the programme's time zone.
type eventView struct {
	ID, Title, Program, Location, Zone string
	Starts, Ends                       time.Time
	Description                        template.HTML
	Lang                               string // of the programme's words: Title, Program, Description
}

// When is the event's day and hours: the end's day only when it ends on another day.
func (v eventView) When() string {
	when := v.Starts.Format("2006-01-02 15:04")
	switch {
	case v.Ends.IsZero() || !v.Ends.After(v.Starts):
		return when
	case v.Ends.Format(time.DateOnly) == v.Starts.Format(time.DateOnly):
		return when + "–" + v.Ends.Format("15:04")
	default:
		return when + " – " + v.Ends.Format("2006-01-02 15:04")
	}
}

// upcomingEvents are the events of programs that have not ended by now (an event without an
// end is over once it starts), soonest first, read in one query.
func upcomingEvents(app core.App, programs []*core.Record, now time.Time) ([]eventView, error) {
	if len(programs) == 0 {
		return nil, nil
	}
	byID := make(map[string]*core.Record, len(programs))
	ids := make([]any, len(programs))
	for i, p := range programs {
		byID[p.Id], ids[i] = p, p.Id
	}
	at, err := types.ParseDateTime(now)
	if err != nil {
		return nil, err
	}
	records, err := app.FindAllRecords(kernel.CollectionEvents, dbx.In("program", ids...),
		dbx.NewExp("(starts_at >= {:now} OR ends_at >= {:now})", dbx.Params{"now": at.String()}))
	if err != nil {
		return nil, err
	}
	slices.SortFunc(records, func(a, b *core.Record) int {
		return a.GetDateTime("starts_at").Time().Compare(b.GetDateTime("starts_at").Time())
	})
	events := make([]eventView, 0, len(records))
	for _, r := range records {
		program := byID[r.GetString("program")]
		description, err := markdown.Render(r.GetString("description"))
		if err != nil {
			return nil, err
		}
		events = append(events, eventView{ID: r.Id, Title: r.GetString("title"), Program: program.GetString("name"),
			Location: r.GetString("location"), Zone: kernel.ProgramZone(program).String(),
			Starts: inProgramZone(program, r.GetDateTime("starts_at").Time()),
			Ends:   inProgramZone(program, r.GetDateTime("ends_at").Time()), Description: description, Lang: programLang(program)})
	}
	return events, nil
}
