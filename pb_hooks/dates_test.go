package pb_hooks_test

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"
)

// Dates far from the programme's are refused whoever saves them, beside the field, before any
// invite is built. Alpha (rules_seed_test.go) runs in 2026, so it takes dates from 2025-01-01
// to 2031-04-01; Beta has no dates and takes five years either side of now.
func TestDatesOutsideTheProgrammeAreRefused(t *testing.T) {
	w := newWorld(t)
	meetings, events := "/api/collections/meetings/records", "/api/collections/events/records"
	meeting := func(day string) string {
		return `{"match":"` + id("match1") + `","starts_at":"` + day + ` 10:00:00Z","ends_at":"` + day + ` 11:00:00Z",` +
			`"mode":"phone","status":"proposed","proposed_by":"` + id("mentee1") + `"}`
	}
	event := func(program, day string) string {
		return `{"program":"` + id(program) + `","kind":"kickoff","title":"Kickoff","starts_at":"` + day + ` 18:00:00Z"}`
	}
	noMail := func(t testing.TB, app *tests.TestApp, _ *http.Response) {
		if n, _ := app.CountRecords("outbox", dbx.HashExp{"kind": "meeting_proposed"},
			dbx.NotIn("related_id", id("meeting1"), id("meeting2"), id("meetingb"))); n != 0 {
			t.Errorf("%d invites queued for a refused meeting", n)
		}
	}
	refused := func(name, who, url, body, field string) tests.ApiScenario {
		s := w.call(name, who, http.MethodPost, url, body, 400,
			[]string{`"` + field + `":{"code":"validation_date_out_of_window"`}, nil)
		s.AfterTestFunc = noMail
		return s
	}
	s := refused("a pair member proposes a meeting in 2040", "mentee1", meetings, meeting("2040-06-15"), "starts_at")
	s.Timeout = 5 * time.Second
	later := time.Now().AddDate(6, 0, 0).Format(time.DateOnly)
	run(t, []tests.ApiScenario{
		s,
		refused("the day after the window", "mentee1", meetings, meeting("2031-04-01"), "starts_at"),
		refused("a year before applications open", "mentee1", meetings, meeting("2024-12-31"), "starts_at"),
		refused("a meeting ending in 2040", "mentee1", meetings,
			strings.Replace(meeting("2026-03-02"), `"ends_at":"2026-03-02`, `"ends_at":"2040-03-02`, 1), "ends_at"),
		refused("a coordinator's event in 2040", "coorda", events, event("alpha", "2040-06-15"), "starts_at"),
		refused("an event of an undated programme six years ahead", "coordb", events, event("beta", later), "starts_at"),
		w.call("the last day of the window is fine", "mentee1", http.MethodPost, meetings, meeting("2031-03-31"), 200, []string{`"starts_at":"2031-03-31 10:00:00.000Z"`}, nil),
		w.call("an event of the programme's year is fine", "coorda", http.MethodPost, events, event("alpha", "2026-05-02"), 200, []string{`"starts_at":"2026-05-02 18:00:00.000Z"`}, nil),
	})
}

// A meeting already stored out of the window (from before the rule) keeps its dates and may
// still change otherwise: a new agenda is mailed to both calendars at once, with the 2040
// invite (and its VTIMEZONE) built inside the save.
func TestAStoredFarDateDoesNotBlockOtherChanges(t *testing.T) {
	w := newWorld(t)
	s := w.call("a member rewrites the agenda of a meeting stored in 2040", "mentor1", http.MethodPatch,
		"/api/collections/meetings/records/"+id("meeting1"), `{"agenda":"Mock interview"}`, 200, []string{`"sequence":1`}, nil)
	s.BeforeTestFunc = func(t testing.TB, app *tests.TestApp, _ *core.ServeEvent) {
		start := time.Date(2040, 6, 15, 10, 0, 0, 0, time.UTC)
		if _, err := app.DB().Update("meetings", dbx.Params{"starts_at": start.Format("2006-01-02 15:04:05.000Z"),
			"ends_at": start.Add(time.Hour).Format("2006-01-02 15:04:05.000Z")}, dbx.HashExp{"id": id("meeting1")}).Execute(); err != nil {
			t.Fatal(err)
		}
	}
	s.AfterTestFunc = func(t testing.TB, app *tests.TestApp, _ *http.Response) {
		expectMeetingMails(t, app, "meeting_updated", 1, "DTSTART;TZID=Europe/Stockholm:20400615T120000")
	}
	s.Timeout = 5 * time.Second
	run(t, []tests.ApiScenario{s})
}
