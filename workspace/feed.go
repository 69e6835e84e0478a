package workspace

import (
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/internal/calendar"
	"github.com/mentorbase/mentorbase/pb_hooks"
	messages "github.com/mentorbase/mentorbase/ui/i18n"
)

// FeedFor writes the private calendar of the person whose calendar_token is token: every
// meeting of their active or closed matches (cancelled ones included, so calendars drop them),
// the events of their programmes, and their deadlines (road-book due, evaluations due). An
// empty or unknown token is ErrNotFound.
func FeedFor(app core.App, token string) ([]byte, error) {
	if token == "" {
		return nil, ErrNotFound
	}
	user, err := app.FindFirstRecordByData("users", "calendar_token", token)
	if err != nil {
		return nil, ErrNotFound
	}
	locale := user.GetString("locale")
	f := feed{app: app, user: user, locale: locale}
	if err := f.addPairs(); err != nil {
		return nil, err
	}
	if err := f.addProgrammeEvents(); err != nil {
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

// addPairs adds the meetings and deadlines of the person's active and closed matches.
func (f *feed) addPairs() error {
	matches, err := f.app.FindRecordsByFilter("matches",
		`(mentor.user = {:user} || mentee.user = {:user}) && (status = "active" || status = "closed")`,
		"created", 0, 0, dbx.Params{"user": f.user.Id})
	if err != nil {
		return err
	}
	for _, match := range matches {
		pair, err := pb_hooks.FindPair(f.app, match.Id)
		if err != nil {
			return err
		}
		meetings, err := Meetings(f.app, match.Id)
		if err != nil {
			return err
		}
		for _, m := range meetings {
			f.events = append(f.events, pb_hooks.MeetingCalendar(f.app, pair, m, f.locale).FeedEvent())
		}
		if err := f.addDeadlines(pair); err != nil {
			return err
		}
	}
	return nil
}

// addDeadlines adds the dates the person has to meet in the pair as all-day entries: the
// road-book (for both members while the pair is active and it is not submitted) and every
// evaluation they still owe, dated as the forms table says (the final one at the end of the
// programme, or when the pair closed).
func (f *feed) addDeadlines(pair *pb_hooks.Pair) error {
	partner := pair.Partner(f.user.Id).GetString("name")
	url := pb_hooks.PortalURL(f.app, "/matches/"+pair.Match.Id)
	deadline := func(kind, title string, due time.Time) {
		f.events = append(f.events, calendar.Event{
			UID:  calendar.UID(kind, pair.Match.Id+"-"+f.user.Id, pb_hooks.PortalDomain(f.app)),
			Kind: calendar.KindDeadline, Title: title, URL: url, AllDay: true,
			Start: due, TimeZone: pair.Program.GetString("timezone"),
		})
	}
	roadbook := Roadbook(f.app, pair.Match.Id)
	if pair.Match.GetString("status") == "active" && (roadbook == nil || roadbook.GetDateTime("submitted_at").IsZero()) {
		if due, ok := RoadbookDue(f.app, pair.Match); ok && !due.IsZero() {
			deadline("roadbook-due", f.t("workspace.feed.roadbook_due", "partner", partner), due)
		}
	}
	dues, err := DuesFor(f.app, pair, time.Now())
	if err != nil {
		return err
	}
	for _, d := range dues {
		if d.Author.Id != f.user.Id || d.Submitted != nil || d.At.IsZero() {
			continue
		}
		form := f.t("evaluation." + d.Form.Kind + ".title")
		deadline("evaluation-"+d.Form.Kind, f.t("workspace.feed.evaluation_due", "form", form, "partner", partner), d.At)
	}
	return nil
}

// addProgrammeEvents adds the events of the programmes the person takes part in (an approved
// application) or coordinates.
func (f *feed) addProgrammeEvents() error {
	programIDs := []any{}
	applications, err := f.app.FindAllRecords("applications", dbx.HashExp{"user": f.user.Id, "status": "approved"})
	if err != nil {
		return err
	}
	for _, a := range applications {
		programIDs = append(programIDs, a.GetString("program"))
	}
	coordinated, err := f.app.FindRecordsByFilter("programs", "coordinators.id ?= {:user}", "", 0, 0, dbx.Params{"user": f.user.Id})
	if err != nil {
		return err
	}
	for _, p := range coordinated {
		programIDs = append(programIDs, p.Id)
	}
	if len(programIDs) == 0 {
		return nil
	}
	events, err := f.app.FindAllRecords("events", dbx.In("program", programIDs...))
	if err != nil {
		return err
	}
	for _, e := range events {
		program, err := f.app.FindRecordById("programs", e.GetString("program"))
		if err != nil {
			return err
		}
		start := e.GetDateTime("starts_at").Time()
		end := e.GetDateTime("ends_at").Time()
		if !end.After(start) {
			end = start.Add(time.Hour)
		}
		f.events = append(f.events, calendar.Event{
			UID:  calendar.UID("event", e.Id, pb_hooks.PortalDomain(f.app)),
			Kind: calendar.KindProgramme, Title: program.GetString("name") + ": " + e.GetString("title"),
			Description: e.GetString("description"), Location: e.GetString("location"),
			Start: start, End: end, TimeZone: program.GetString("timezone"), Stamp: e.GetDateTime("updated").Time(),
		})
	}
	return nil
}
