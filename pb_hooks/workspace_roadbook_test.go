package pb_hooks_test

import (
	"net/http"
	"testing"

	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/apptest"
)

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
