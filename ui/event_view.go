package ui

import (
	"html/template"
	"slices"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"

	"github.com/mentorbase/mentorbase/internal/markdown"
	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/mentoring"
	"github.com/mentorbase/mentorbase/workspace"
)

// eventView is a programme event still to come, its times in the programme's time zone and
// its text in the reader's language, else in the programme's (Lang names it then).
type eventView struct {
	ID, Title, Lang, Program, Location, Zone string
	ProgramLang                              string // of Program (own_words.go marks it when not the page's)
	Starts, Ends                             time.Time
	Description                              template.HTML
	Invited                                  bool   // the reader is invited and may answer
	Answer                                   string // kernel.RSVPComing, kernel.RSVPNotComing or ""
}

// newEventView is event as a reader of locale sees it, with its text in their language (else
// the programme's first), also returned for its description.
func newEventView(event, program *core.Record, locale string) (eventView, workspace.EventText) {
	text := workspace.EventTextIn(event, program, locale)
	v := eventView{ID: event.Id, Title: text.Title, Lang: text.Lang,
		Location: event.GetString("location"), Zone: kernel.ProgramZone(program).String(),
		Starts: inProgramZone(program, event.GetDateTime("starts_at").Time()),
		Ends:   inProgramZone(program, event.GetDateTime("ends_at").Time())}
	if v.Lang == locale {
		v.Lang = ""
	}
	v.Program, v.ProgramLang = mentoring.ProgramText(program, "name", locale)
	return v, text
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

// comingEvents are the scheduled events of programs that have not ended by now (an event
// without an end is over once it starts), soonest first, each saying whether the reader is
// invited and what they answered; invitedOnly keeps the reader's own (My mentoring). A few
// queries whatever the number of events. audiences are the reader's in programs
// (workspace.AudiencesOf) when the page knows them already, else nil and read here.
func comingEvents(e *core.RequestEvent, programs []*core.Record, now time.Time, invitedOnly bool, audiences map[string]map[string]bool) ([]eventView, error) {
	if len(programs) == 0 {
		return nil, nil
	}
	byID := make(map[string]*core.Record, len(programs))
	ids := make([]any, len(programs))
	programIDs := make([]string, len(programs))
	for i, p := range programs {
		byID[p.Id], ids[i], programIDs[i] = p, p.Id, p.Id
	}
	at, err := types.ParseDateTime(now)
	if err != nil {
		return nil, err
	}
	records, err := e.App.FindAllRecords(kernel.CollectionEvents, dbx.In("program", ids...),
		dbx.NewExp("status != {:cancelled}", dbx.Params{"cancelled": kernel.EventCancelled}),
		dbx.NewExp("(starts_at >= {:now} OR ends_at >= {:now})", dbx.Params{"now": at.String()}))
	if err != nil || len(records) == 0 {
		return nil, err
	}
	slices.SortFunc(records, func(a, b *core.Record) int {
		return a.GetDateTime("starts_at").Time().Compare(b.GetDateTime("starts_at").Time())
	})
	var userID string
	if e.Auth != nil {
		userID = e.Auth.Id
	}
	if audiences == nil {
		if audiences, err = workspace.AudiencesOf(e.App, userID, programIDs); err != nil {
			return nil, err
		}
	}
	eventIDs := make([]string, len(records))
	for i, r := range records {
		eventIDs[i] = r.Id
	}
	answers, err := workspace.MyAnswers(e.App, userID, eventIDs)
	if err != nil {
		return nil, err
	}
	locale := requestLocale(e)
	events := make([]eventView, 0, len(records))
	for _, r := range records {
		program := byID[r.GetString("program")]
		invited := audiences[program.Id][workspace.EventAudience(r)]
		if invitedOnly && !invited {
			continue
		}
		v, text := newEventView(r, program, locale)
		if v.Description, err = markdown.Render(text.Description); err != nil {
			return nil, err
		}
		v.Invited, v.Answer = invited, answers[r.Id]
		events = append(events, v)
	}
	return events, nil
}
