package pb_hooks_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/apptest"
)

// Meeting rules through the REST API, on the world of rules_seed_test.go: meeting1 belongs
// to the active pair mentor1/mentee1, confirmed, proposed by mentee1.
func TestMeetingRulesHoldThroughTheAPI(t *testing.T) {
	w := newWorld(t)
	create := "/api/collections/meetings/records"
	meeting1 := create + "/" + id("meeting1")
	newMeeting := func(person, match string) string {
		return `{"match":"` + id(match) + `","starts_at":"2026-03-02 10:00:00Z","ends_at":"2026-03-02 11:00:00Z",` +
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
		{Name: "moving a meeting raises its sequence and asks the partner again", Method: http.MethodPatch, URL: meeting1,
			Body: strings.NewReader(`{"starts_at":"2026-02-03 09:00:00Z","ends_at":"2026-02-03 10:00:00Z"}`), Headers: w.headers("mentor1"),
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

// draftRoadbook1 replaces pair 1's submitted road-book with a draft, roadbookdraft, whose
// texts are all written but the action plan; closed also ends the pair.
func draftRoadbook1(closed bool) func(testing.TB, *tests.TestApp) {
	return func(t testing.TB, app *tests.TestApp) {
		old, err := app.FindRecordById("roadbooks", id("roadbook1"))
		if err == nil {
			err = app.Delete(old)
		}
		if err != nil {
			t.Fatal(err)
		}
		apptest.Build(t, app).Record("roadbooks", map[string]any{"id": id("roadbookdraft"), "match": id("match1"),
			"professional_project": "a project", "path_and_motivation": "a path", "strategy": "a strategy"})
		if closed {
			closeMatch1(t, app)
		}
	}
}

// The road-book through the REST API is the portal's (workspace.SaveRoadbook, SubmitRoadbook):
// the mentee writes it while the pair is active and until it is submitted, submitting needs
// every text and is dated by the server; coordinators read it but do not write it; a
// superuser may fix one in the dashboard. roadbook1 of the rules world is submitted.
func TestRoadbookRulesHoldThroughTheAPI(t *testing.T) {
	w := newWorld(t)
	url := "/api/collections/roadbooks/records/"
	submitted, draft := url+id("roadbook1"), url+id("roadbookdraft")
	refused := func(field, code string) []string {
		return []string{`"` + field + `":{"code":"parity.error.` + code + `"`}
	}
	submit := `{"action_plan":"a plan","submitted_at":"2020-01-01 10:00:00.000Z"}`
	run(t, []tests.ApiScenario{
		w.call("the mentee cannot rewrite a submitted road-book", "mentee1", http.MethodPatch, submitted, `{"strategy":"rewritten"}`, 400,
			refused("submitted_at", "roadbook_submitted"), nil),
		w.call("nor can the coordinator", "coorda", http.MethodPatch, submitted, `{"strategy":"rewritten"}`, 400,
			refused("submitted_at", "roadbook_submitted"), nil),
		w.call("a superuser fixes it in the dashboard", "superuser", http.MethodPatch, submitted, `{"strategy":"fixed"}`, 200,
			[]string{`"strategy":"fixed"`}, nil),
		withSetup(w.call("the mentee writes a draft", "mentee1", http.MethodPatch, draft, `{"action_plan":"a plan"}`, 200,
			[]string{`"action_plan":"a plan"`, `"submitted_at":""`}, nil), draftRoadbook1(false)),
		withSetup(w.call("the mentee submits: the server dates it", "mentee1", http.MethodPatch, draft, submit, 200,
			[]string{`"action_plan":"a plan"`}, []string{"2020-01-01", `"submitted_at":""`}), draftRoadbook1(false)),
		withSetup(w.call("submitting needs every text", "mentee1", http.MethodPatch, draft, `{"submitted_at":"`+someTime+`"}`, 400,
			[]string{`"action_plan":{"code":"validation_required"`}, nil), draftRoadbook1(false)),
		withSetup(w.call("the coordinator does not write the mentee's draft", "coorda", http.MethodPatch, draft, `{"strategy":"mine"}`, 400,
			refused("match", "roadbook_mentee"), nil), draftRoadbook1(false)),
		withSetup(w.call("nobody writes the draft of an ended pair", "mentee1", http.MethodPatch, draft, `{"strategy":"late"}`, 400,
			refused("match", "roadbook_mentee"), nil), draftRoadbook1(true)),
	})
}
