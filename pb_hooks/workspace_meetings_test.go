package pb_hooks_test

import (
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"
)

// A new agenda is the invite's DESCRIPTION: changed through the REST API or the dashboard,
// it reaches both calendars (an update with a higher SEQUENCE) without asking the partner to
// agree again. meeting1 (rules_seed_test.go) is confirmed, sequence 0, proposed by mentee1.
func TestAnAgendaChangeThroughTheAPIUpdatesBothCalendars(t *testing.T) {
	w := newWorld(t)
	url := "/api/collections/meetings/records/" + id("meeting1")
	expect := func(status string, sequence int, kind string, mailed int, ics ...string) func(testing.TB, *tests.TestApp, *http.Response) {
		return func(t testing.TB, app *tests.TestApp, _ *http.Response) {
			meeting, err := app.FindRecordById("meetings", id("meeting1"))
			if err != nil {
				t.Fatal(err)
			}
			if meeting.GetString("status") != status || meeting.GetInt("sequence") != sequence {
				t.Errorf("meeting is %s with sequence %d, want %s with %d",
					meeting.GetString("status"), meeting.GetInt("sequence"), status, sequence)
			}
			expectMeetingMails(t, app, kind, mailed, ics...)
		}
	}
	edit := func(name, who, body string, before map[string]any, after func(testing.TB, *tests.TestApp, *http.Response)) tests.ApiScenario {
		s := w.call(name, who, http.MethodPatch, url, body, 200, []string{`"id":"` + id("meeting1") + `"`}, nil)
		s.BeforeTestFunc = func(t testing.TB, app *tests.TestApp, _ *core.ServeEvent) { setMeeting(t, app, before) }
		s.AfterTestFunc = after
		return s
	}
	run(t, []tests.ApiScenario{
		edit("a member rewrites the agenda of a confirmed meeting: still confirmed, one update each", "mentor1",
			`{"agenda":"Mock interview"}`, nil,
			expect("confirmed", 1, "meeting_updated", 1, "METHOD:REQUEST", "SEQUENCE:1", "STATUS:CONFIRMED", "Mock interview")),
		edit("the agenda of a proposed meeting: still proposed, the partner may still confirm", "mentee1",
			`{"agenda":"Mock interview"}`, map[string]any{"status": "proposed", "sequence": 2},
			expect("proposed", 3, "meeting_updated", 1, "METHOD:REQUEST", "SEQUENCE:3", "STATUS:TENTATIVE", "Mock interview")),
		edit("the dashboard rewrites the agenda: the same update", "superuser",
			`{"agenda":"Mock interview"}`, nil,
			expect("confirmed", 1, "meeting_updated", 1, "SEQUENCE:1", "Mock interview")),
		edit("a client that raises the sequence itself is not raised twice", "mentor1",
			`{"agenda":"Mock interview","sequence":1}`, nil,
			expect("confirmed", 1, "meeting_updated", 1, "SEQUENCE:1")),
		edit("a new time and agenda is a reschedule, proposed again, not an update as well", "mentor1",
			`{"agenda":"Mock interview","starts_at":"2031-02-03 09:00:00Z","ends_at":"2031-02-03 10:00:00Z"}`, nil,
			expect("proposed", 1, "meeting_rescheduled", 1, "SEQUENCE:1", "STATUS:TENTATIVE", "Mock interview")),
		edit("the agenda of a held meeting is history: nobody is mailed", "mentor1",
			`{"agenda":"What we covered"}`, map[string]any{"status": "held"},
			expect("held", 0, "meeting_updated", 0)),
		edit("shared notes alone mail nobody", "mentor1",
			`{"shared_notes":"Bring the CV"}`, nil,
			expect("confirmed", 0, "meeting_updated", 0)),
	})
}

// setMeeting saves fields into meeting1 before a scenario's request.
func setMeeting(t testing.TB, app core.App, fields map[string]any) {
	if len(fields) == 0 {
		return
	}
	meeting, err := app.FindRecordById("meetings", id("meeting1"))
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range fields {
		meeting.Set(k, v)
	}
	if err := app.Save(meeting); err != nil {
		t.Fatal(err)
	}
}

// expectMeetingMails checks that each member of pair 1 got exactly `each` mails of kind about
// meeting1, that every such invite holds all of ics, and that an update quotes the new agenda. The mails meeting1's seeding queued
// are of other kinds, so only the scenario's own are counted.
func expectMeetingMails(t testing.TB, app core.App, kind string, each int, ics ...string) {
	t.Helper()
	mails, err := app.FindAllRecords("outbox", dbx.HashExp{"kind": kind, "related_id": id("meeting1")})
	if err != nil {
		t.Fatal(err)
	}
	var to []string
	for _, m := range mails {
		to = append(to, m.GetString("to"))
		if agenda := "Mock interview"; kind == "meeting_updated" && !strings.Contains(m.GetString("text"), "> "+agenda) {
			t.Errorf("the update to %s does not quote the new agenda:\n%s", m.GetString("to"), m.GetString("text"))
		}
		text := strings.ReplaceAll(m.GetString("ics"), "\r\n ", "")
		for _, s := range ics {
			if !strings.Contains(text, s) {
				t.Errorf("%s invite to %s lacks %q:\n%s", kind, m.GetString("to"), s, text)
			}
		}
	}
	slices.Sort(to)
	var want []string
	for range each {
		want = append(want, "mentee1@example.com", "mentor1@example.com")
	}
	slices.Sort(want)
	if !slices.Equal(to, want) {
		t.Errorf("%s mails to %q, want %q", kind, to, want)
	}
}

// Meeting rules through the REST API, on the world of rules_seed_test.go: meeting1 belongs
// to the active pair mentor1/mentee1, confirmed, proposed by mentee1.
func TestMeetingRulesHoldThroughTheAPI(t *testing.T) {
	w := newWorld(t)
	create := "/api/collections/meetings/records"
	meeting1 := create + "/" + id("meeting1")
	newMeeting := func(person, match string) string {
		return `{"match":"` + id(match) + `","starts_at":"2031-03-02 10:00:00Z","ends_at":"2031-03-02 11:00:00Z",` +
			`"mode":"phone","status":"proposed","proposed_by":"` + id(person) + `"}`
	}
	mailsOf := func(kind string) func(testing.TB, *tests.TestApp, *http.Response) {
		return func(t testing.TB, app *tests.TestApp, _ *http.Response) {
			// the seeded meetings were proposed when the world was built; count the scenario's own
			n, _ := app.CountRecords("outbox", dbx.HashExp{"kind": kind},
				dbx.NotIn("related_id", id("meeting1"), id("meeting2"), id("meetingb")))
			if kind != "meeting_proposed" {
				n, _ = app.CountRecords("outbox", dbx.HashExp{"kind": kind, "related_id": id("meeting1")})
			}
			if n != 2 {
				t.Errorf("want a %s mail to each member, got %d", kind, n)
			}
		}
	}
	noNewInvite := func(t testing.TB, app *tests.TestApp, _ *http.Response) {
		if n, _ := app.CountRecords("outbox", dbx.HashExp{"kind": "meeting_proposed"},
			dbx.NotIn("related_id", id("meeting1"), id("meeting2"), id("meetingb"))); n != 0 {
			t.Errorf("%d invites queued for a refused meeting", n)
		}
	}
	setMeeting1 := func(fields map[string]any) func(testing.TB, *tests.TestApp, *core.ServeEvent) {
		return func(t testing.TB, app *tests.TestApp, _ *core.ServeEvent) {
			m, _ := app.FindRecordById("meetings", id("meeting1"))
			for k, v := range fields {
				m.Set(k, v)
			}
			if err := app.Save(m); err != nil {
				t.Fatal(err)
			}
		}
	}
	scenarios := []tests.ApiScenario{
		{Name: "a member of an active pair proposes; both are mailed", Method: http.MethodPost, URL: create,
			Body: strings.NewReader(newMeeting("mentee1", "match1")), Headers: w.headers("mentee1"),
			ExpectedStatus: 200, ExpectedContent: []string{`"sequence":0`}, AfterTestFunc: mailsOf("meeting_proposed")},
		{Name: "a stranger cannot", Method: http.MethodPost, URL: create,
			Body: strings.NewReader(newMeeting("stranger", "match1")), Headers: w.headers("stranger"), ExpectedStatus: 400, ExpectedContent: []string{`"status":400`}},
		{Name: "another pair's member cannot", Method: http.MethodPost, URL: create,
			Body: strings.NewReader(newMeeting("mentee2", "match1")), Headers: w.headers("mentee2"), ExpectedStatus: 400, ExpectedContent: []string{`"status":400`}},
		{Name: "a member of an invited match cannot", Method: http.MethodPost, URL: create,
			Body: strings.NewReader(newMeeting("mentee3", "match3")), Headers: w.headers("mentee3"), ExpectedStatus: 400, ExpectedContent: []string{`"status":400`}},
		{Name: "a coordinator cannot propose for the pair", Method: http.MethodPost, URL: create,
			Body: strings.NewReader(newMeeting("mentee1", "match1")), Headers: w.headers("coorda"), ExpectedStatus: 400, ExpectedContent: []string{`"status":400`}},
		{Name: "a meeting ends after it starts", Method: http.MethodPost, URL: create,
			Body:    strings.NewReader(strings.Replace(newMeeting("mentee1", "match1"), "11:00", "09:00", 1)),
			Headers: w.headers("mentee1"), ExpectedStatus: 400, ExpectedContent: []string{`"ends_at"`}},
		{Name: "a meeting in the past is refused beside its start, and nobody is mailed", Method: http.MethodPost, URL: create,
			Body:    strings.NewReader(strings.ReplaceAll(newMeeting("mentee1", "match1"), "2031-03-02", "2026-03-02")),
			Headers: w.headers("mentee1"), ExpectedStatus: 400,
			ExpectedContent: []string{`"starts_at":{"code":"meetingfaults.error.past"`}, AfterTestFunc: noNewInvite},
		{Name: "the dashboard cannot propose a past meeting either", Method: http.MethodPost, URL: create,
			Body:    strings.NewReader(strings.ReplaceAll(newMeeting("mentee1", "match1"), "2031-03-02", "2026-03-02")),
			Headers: w.headers("superuser"), ExpectedStatus: 400,
			ExpectedContent: []string{`"starts_at":{"code":"meetingfaults.error.past"`}, AfterTestFunc: noNewInvite},
		{Name: "a member logs a meeting already held: no invite for a time past", Method: http.MethodPost, URL: create,
			Body: strings.NewReader(strings.Replace(strings.ReplaceAll(newMeeting("mentee1", "match1"), "2031-03-02", "2026-03-02"),
				`"status":"proposed"`, `"status":"held","minutes_spent":60`, 1)),
			Headers: w.headers("mentee1"), ExpectedStatus: 200, ExpectedContent: []string{`"status":"held"`}, AfterTestFunc: noNewInvite},
		{Name: "a meeting still to come is not logged as held", Method: http.MethodPost, URL: create,
			Body:    strings.NewReader(strings.Replace(newMeeting("mentee1", "match1"), `"status":"proposed"`, `"status":"held","minutes_spent":60`, 1)),
			Headers: w.headers("mentee1"), ExpectedStatus: 400,
			ExpectedContent: []string{`"starts_at":{"code":"meetingfaults.error.not_begun"`}, AfterTestFunc: noNewInvite},
		{Name: "a held meeting says how long it took", Method: http.MethodPost, URL: create,
			Body: strings.NewReader(strings.Replace(strings.ReplaceAll(newMeeting("mentee1", "match1"), "2031-03-02", "2026-03-02"),
				`"status":"proposed"`, `"status":"held"`, 1)),
			Headers: w.headers("mentee1"), ExpectedStatus: 400, ExpectedContent: []string{`"minutes_spent"`}, AfterTestFunc: noNewInvite},
		{Name: "a REST client posting again with the id it chose makes no second meeting", Method: http.MethodPost, URL: create,
			Body:    strings.NewReader(`{"id":"` + id("retried") + `",` + strings.TrimPrefix(newMeeting("mentee1", "match1"), "{")),
			Headers: w.headers("mentee1"), ExpectedStatus: 400, ExpectedContent: []string{`"id":{"code":"validation_not_unique"`},
			BeforeTestFunc: func(t testing.TB, app *tests.TestApp, _ *core.ServeEvent) {
				newSeeder(t, app).Meeting(id("match1"), id("mentee1"), time.Date(2031, 3, 2, 10, 0, 0, 0, time.UTC), "proposed",
					map[string]any{"id": id("retried")})
			},
			AfterTestFunc: func(t testing.TB, app *tests.TestApp, _ *http.Response) {
				if n, _ := app.CountRecords("outbox", dbx.HashExp{"kind": "meeting_proposed", "related_id": id("retried")}); n != 2 {
					t.Errorf("%d invites for the meeting posted twice, want the first post's 2", n)
				}
			}},
		{Name: "moving a meeting to a past time is refused", Method: http.MethodPatch, URL: meeting1,
			Body: strings.NewReader(`{"starts_at":"2026-03-05 09:00:00Z","ends_at":"2026-03-05 10:00:00Z"}`), Headers: w.headers("mentor1"),
			ExpectedStatus: 400, ExpectedContent: []string{`"starts_at":{"code":"meetingfaults.error.past"`}},
		{Name: "moving a meeting raises its sequence and asks the partner again", Method: http.MethodPatch, URL: meeting1,
			Body: strings.NewReader(`{"starts_at":"2031-02-03 09:00:00Z","ends_at":"2031-02-03 10:00:00Z"}`), Headers: w.headers("mentor1"),
			ExpectedStatus: 200, ExpectedContent: []string{`"sequence":1`, `"status":"proposed"`}, AfterTestFunc: mailsOf("meeting_rescheduled")},
		{Name: "cancelling sends CANCEL with a higher sequence", Method: http.MethodPatch, URL: meeting1,
			Body: strings.NewReader(`{"status":"cancelled"}`), Headers: w.headers("mentee1"),
			ExpectedStatus: 200, ExpectedContent: []string{`"sequence":1`, `"status":"cancelled"`}, AfterTestFunc: mailsOf("meeting_cancelled")},
		{Name: "a sequence never decreases", Method: http.MethodPatch, URL: meeting1,
			Body: strings.NewReader(`{"sequence":1}`), Headers: w.headers("mentee1"), BeforeTestFunc: setMeeting1(map[string]any{"sequence": 4}),
			ExpectedStatus: 400, ExpectedContent: []string{`"sequence"`}},
		{Name: "a cancelled meeting stays cancelled", Method: http.MethodPatch, URL: meeting1,
			Body: strings.NewReader(`{"status":"confirmed"}`), Headers: w.headers("mentor1"), BeforeTestFunc: setMeeting1(map[string]any{"status": "cancelled"}),
			ExpectedStatus: 400, ExpectedContent: []string{`"status"`}},
		{Name: "the proposer cannot confirm their own proposal", Method: http.MethodPatch, URL: meeting1,
			Body: strings.NewReader(`{"status":"confirmed"}`), Headers: w.headers("mentee1"), BeforeTestFunc: setMeeting1(map[string]any{"status": "proposed"}),
			ExpectedStatus: 400, ExpectedContent: []string{"partner confirms"}},
		{Name: "the partner confirms through the API; both are mailed", Method: http.MethodPatch, URL: meeting1,
			Body: strings.NewReader(`{"status":"confirmed"}`), Headers: w.headers("mentor1"), BeforeTestFunc: setMeeting1(map[string]any{"status": "proposed"}),
			ExpectedStatus: 200, ExpectedContent: []string{`"status":"confirmed"`}, AfterTestFunc: mailsOf("meeting_confirmed")},
	}
	for _, s := range scenarios {
		s.TestAppFactory = w.app
		s.Test(t)
	}
}
