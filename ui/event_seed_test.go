package ui_test

import (
	"github.com/mentorbase/mentorbase/apptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/workspace"
)

// eventKickoff is when the events world's kickoff starts: 18:00 in Paris.
var eventKickoff = time.Date(2031, 5, 6, 16, 0, 0, 0, time.UTC)

// seedEventWorld is the workspace world (seedPairs: marie mentors sven, bob mentors bea, all
// approved in the alumni programme run by coord) with events, in a programme written in
// French first, then Swedish: a kickoff for everyone with a text in both, and a workshop for
// the mentors in French only. othercoord runs another programme; other applied nowhere.
func seedEventWorld(t testing.TB) *tests.TestApp {
	t.Helper()
	return portalWorld(t, "event-invitations", fillEventWorld)
}

func fillEventWorld(t testing.TB, app *tests.TestApp) {
	t.Helper()
	fillPairs(t, app)
	alumni, err := app.FindFirstRecordByData("programs", "slug", "alumni")
	if err != nil {
		t.Fatal(err)
	}
	alumni.Set("languages", []string{"fr", "sv"})
	apptest.Build(t, app).Save(alumni)
	saveWith(t, app, "users", "othercoord", map[string]any{"email": "othercoord@example.org", "name": "Otto Coord",
		"locale": "en", "verified": true, "password": password})
	createProgram(t, app, "elsewhere", "Elsewhere", true, wid("othercoord"))
	saveWith(t, app, "events", "kickoff", map[string]any{"program": alumni.Id, "kind": "kickoff", "audience": "all",
		"title": "Soirée de lancement", "title_fr": "Soirée de lancement", "title_sv": "Uppstartskväll",
		"description_fr": "Rencontrez **tous les binômes**.", "description_sv": "Träffa **alla par**.",
		"starts_at": eventKickoff, "ends_at": eventKickoff.Add(2 * time.Hour), "location": "Grande salle"})
	saveWith(t, app, "events", "mentorsws", map[string]any{"program": alumni.Id, "kind": "workshop", "audience": "mentors",
		"title": "Atelier des mentors", "title_fr": "Atelier des mentors",
		"starts_at": eventKickoff.AddDate(0, 0, 7), "ends_at": eventKickoff.AddDate(0, 0, 7).Add(time.Hour)})
}

// eventMails are the letters of kind queued about event, by recipient address.
func eventMails(t testing.TB, app core.App, kind, eventID string) map[string]*core.Record {
	t.Helper()
	records, err := app.FindAllRecords("outbox", dbx.HashExp{"kind": kind, "related_id": eventID})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]*core.Record{}
	for _, r := range records {
		out[r.GetString("to")] = r
	}
	return out
}

// rsvpLink is the answer link mailed to person for event, as a path with its query.
func rsvpLink(t testing.TB, app core.App, eventID, person string) string {
	t.Helper()
	return workspace.RSVPPath(app, eventID, findPerson(t, app, person).Id)
}

// rsvpQuery splits an answer link into its path and the u and s values a form posts back.
func rsvpQuery(t testing.TB, link string) (path string, values []string) {
	t.Helper()
	path, query, _ := strings.Cut(link, "?")
	q, err := url.ParseQuery(query)
	if err != nil {
		t.Fatal(err)
	}
	return path, []string{"u", q.Get("u"), "s", q.Get("s")}
}

// answerOf is person's stored answer to eventID, "" without one.
func answerOf(t testing.TB, app core.App, eventID, person string) string {
	t.Helper()
	r, err := app.FindFirstRecordByFilter("event_rsvps", "event = {:e} && user = {:u}",
		dbx.Params{"e": eventID, "u": findPerson(t, app, person).Id})
	if err != nil {
		return ""
	}
	return r.GetString("answer")
}

// alumniID is the id of the events world's alumni programme, the same in every copy.
func alumniID(t testing.TB) string {
	t.Helper()
	alumni, err := seedEventWorld(t).FindFirstRecordByData("programs", "slug", "alumni")
	if err != nil {
		t.Fatal(err)
	}
	return alumni.Id
}

// keys are the recipients of mails, for messages.
func keys(mails map[string]*core.Record) []string {
	out := make([]string, 0, len(mails))
	for k := range mails {
		out = append(out, k)
	}
	return out
}

// unfold joins an iCalendar file's folded lines, so a test finds a property whole.
func unfold(ics string) string {
	return strings.ReplaceAll(ics, "\r\n ", "")
}
