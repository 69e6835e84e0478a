package workspace

import (
	"database/sql"
	"fmt"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"

	messages "github.com/mentorbase/mentorbase/catalog"
	"github.com/mentorbase/mentorbase/internal/calendar"
	"github.com/mentorbase/mentorbase/kernel"
)

// FeedFor writes the private calendar of the person whose calendar_token is token: every
// meeting of their active or closed matches (cancelled ones included, so calendars drop them),
// the events of their programmes, their deadlines (road-book due, evaluations due), the day
// a silent pair will be nudged, the day a closing warning runs out (for the pair's members and
// its coordinators) and the day a mentor's pause ends. An
// empty or unknown token is kernel.ErrNotFound.
func FeedFor(app core.App, token string) ([]byte, error) {
	if token == "" {
		return nil, kernel.ErrNotFound
	}
	user, err := app.FindFirstRecordByData(kernel.CollectionUsers, "calendar_token", token)
	if err != nil {
		return nil, kernel.ErrNotFound
	}
	locale := user.GetString("locale")
	f := feed{app: app, user: user, locale: locale}
	if err := f.addPairs(); err != nil {
		return nil, err
	}
	if err := f.addProgrammeEvents(); err != nil {
		return nil, err
	}
	if err := f.addClosingDecisions(); err != nil {
		return nil, err
	}
	return calendar.Feed(messages.Catalog.T(locale, "workspace.feed.name"), f.events)
}

// feed gathers the entries of one person's calendar.
type feed struct {
	app    core.App
	user   *core.Record
	locale string
	events []calendar.Event
}

func (f *feed) t(key string, args ...any) string { return messages.Catalog.T(f.locale, key, args...) }

// addPairs adds the meetings and deadlines of the person's active and closed matches. Their
// pairs, meetings, road-books and evaluations are each read in one query for all matches.
func (f *feed) addPairs() error {
	matches, err := memberMatches(f.app, f.user.Id)
	if err != nil || len(matches) == 0 {
		return err
	}
	pairs, err := kernel.FindPairs(f.app, matches)
	if err != nil {
		return err
	}
	ids := make([]any, len(matches))
	for i, m := range matches {
		ids[i] = m.Id
	}
	meetings, err := byMatch(f.app.RecordQuery(kernel.CollectionMeetings).AndWhere(dbx.In("match", ids...)).OrderBy("starts_at ASC"))
	if err != nil {
		return err
	}
	roadbooks, err := byMatch(f.app.RecordQuery(kernel.CollectionRoadbooks).AndWhere(dbx.In("match", ids...)))
	if err != nil {
		return err
	}
	evaluations, err := submittedEvaluations(f.app, pairs)
	if err != nil {
		return err
	}
	for _, pair := range pairs {
		own := meetings[pair.Match.Id]
		for _, m := range own {
			f.events = append(f.events, MeetingCalendar(f.app, pair, m, f.locale).FeedEvent())
		}
		var roadbook *core.Record
		if r := roadbooks[pair.Match.Id]; len(r) > 0 {
			roadbook = r[0]
		}
		f.addDeadlines(pair, own, roadbook, evaluations)
	}
	return f.addNudgeDays(pairs, meetings)
}

// byMatch runs query and groups the records it finds by their match, in the query's order.
func byMatch(query *dbx.SelectQuery) (map[string][]*core.Record, error) {
	var records []*core.Record
	if err := query.All(&records); err != nil {
		return nil, err
	}
	grouped := map[string][]*core.Record{}
	for _, r := range records {
		grouped[r.GetString("match")] = append(grouped[r.GetString("match")], r)
	}
	return grouped, nil
}

// addDeadlines adds the dates the person has to meet in the pair as all-day entries: the
// road-book (for both members while the pair is active and it is not submitted) and every
// evaluation they still owe, dated as the forms table says (the final one at the end of the
// programme, or when the pair closed). meetings are the pair's, earliest first; roadbook is
// nil while there is none; evaluations may hold other pairs' too.
func (f *feed) addDeadlines(pair *kernel.Pair, meetings []*core.Record, roadbook *core.Record, evaluations []*core.Record) {
	partner := pair.Partner(f.user.Id).GetString("name")
	url := kernel.PortalURL(f.app, "/matches/"+pair.Match.Id)
	deadline := func(kind, title string, due time.Time) {
		f.events = append(f.events, calendar.Event{
			UID:  calendar.UID(kind, pair.Match.Id+"-"+f.user.Id, kernel.PortalDomain(f.app)),
			Kind: calendar.KindDeadline, Title: title, URL: url, AllDay: true,
			Start: due, TimeZone: pair.Program.GetString("timezone"),
		})
	}
	if pair.Match.GetString("status") == kernel.MatchActive && (roadbook == nil || roadbook.GetDateTime("submitted_at").IsZero()) {
		if due, ok := RoadbookDue(pair.Program, meetings); ok {
			title := f.t("workspace.feed.roadbook_due", "partner", partner)
			if pair.Role(f.user.Id) == RoleMentor {
				title = f.t("workspace.feed.roadbook_expected", "partner", partner)
			}
			deadline("roadbook-due", title, due)
		}
	}
	for _, d := range duesOf(pair, meetings, evaluations, time.Now()) {
		if d.Author.Id != f.user.Id || d.Submitted != nil || d.At.IsZero() {
			continue
		}
		form := f.t("evaluation." + d.Form.Kind + ".title")
		deadline("evaluation-"+d.Form.Kind, f.t("workspace.feed.evaluation_due", "form", form, "partner", partner), d.At)
	}
}

// addProgrammeEvents adds the events of the programmes the person is invited to (by the
// event's audience) or coordinates, in their language, cancelled ones included so calendars
// drop them, with the SEQUENCE of the invites mailed.
func (f *feed) addProgrammeEvents() error {
	coordinated, err := f.app.FindRecordsByFilter(kernel.CollectionPrograms, "coordinators.id ?= {:user}", "", 0, 0,
		dbx.Params{"user": f.user.Id})
	if err != nil {
		return err
	}
	var approved []approvedApplication
	err = f.app.DB().Select("a.id", "a.program", "a.paused_until", "p.timezone").
		From(kernel.CollectionApplications+" a").
		InnerJoin(kernel.CollectionPrograms+" p", dbx.NewExp("p.id = a.program")).
		Where(dbx.HashExp{"a.user": f.user.Id, "a.status": kernel.ApplicationApproved}).All(&approved)
	if err != nil {
		return err
	}
	applications := make([]string, len(approved))
	for i, a := range approved {
		applications[i] = a.Program
		f.addPauseEnd(a)
	}
	audiences, err := AudiencesOf(f.app, f.user.Id, applications)
	if err != nil {
		return err
	}
	programIDs := []any{}
	for id := range audiences {
		programIDs = append(programIDs, id)
	}
	for _, p := range coordinated {
		programIDs = append(programIDs, p.Id)
		audiences[p.Id] = map[string]bool{kernel.AudienceAll: true, kernel.AudienceMentors: true,
			kernel.AudienceMentees: true, kernel.AudiencePaired: true}
	}
	if len(programIDs) == 0 {
		return nil
	}
	events, err := f.app.FindAllRecords(kernel.CollectionEvents, dbx.In("program", programIDs...))
	if err != nil {
		return err
	}
	programs, err := f.app.FindRecordsByIds(kernel.CollectionPrograms, eventPrograms(events))
	if err != nil {
		return err
	}
	byID := map[string]*core.Record{}
	for _, p := range programs {
		byID[p.Id] = p
	}
	for _, e := range events {
		program := byID[e.GetString("program")]
		if program == nil {
			return fmt.Errorf("event %s: programme %s: %w", e.Id, e.GetString("program"), sql.ErrNoRows)
		}
		if !audiences[program.Id][EventAudience(e)] {
			continue
		}
		f.events = append(f.events, EventGathering(f.app, program, e, f.user, "", f.locale).FeedEvent())
	}
	return nil
}

// approvedApplication is what the feed reads of each approved application of the person.
type approvedApplication struct {
	ID          string `db:"id"`
	Program     string `db:"program"`
	PausedUntil string `db:"paused_until"`
	TimeZone    string `db:"timezone"`
}

// addPauseEnd adds, for a mentor who paused, the day mentees can invite them again, as an
// all-day entry, so a pause set in spring is not forgotten in autumn.
func (f *feed) addPauseEnd(a approvedApplication) {
	until, err := types.ParseDateTime(a.PausedUntil)
	if err != nil || until.IsZero() || !time.Now().Before(until.Time()) {
		return
	}
	f.events = append(f.events, calendar.Event{
		UID:  calendar.UID("pause-end", a.ID, kernel.PortalDomain(f.app)),
		Kind: calendar.KindDeadline, Title: f.t("availability.feed.pause_ends"), AllDay: true,
		URL:   kernel.PortalURL(f.app, "/applications/"+a.ID+"/availability"),
		Start: until.Time(), TimeZone: a.TimeZone,
	})
}

// eventPrograms are the ids of the programmes of events.
func eventPrograms(events []*core.Record) []string {
	ids := make([]string, len(events))
	for i, e := range events {
		ids[i] = e.GetString("program")
	}
	return ids
}
