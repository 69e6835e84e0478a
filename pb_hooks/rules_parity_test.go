package pb_hooks_test

import (
	"net/http"
	"testing"

	"github.com/pocketbase/pocketbase/tests"
	"github.com/pocketbase/pocketbase/tools/filesystem"

	"github.com/mentorbase/mentorbase/apptest"
	"github.com/mentorbase/mentorbase/workspace"
)

// Through the REST API a pair may do what the portal lets it do with its evaluations, goals
// and messages, and no more. The scenarios run on the rules world (rules_seed_test.go): pair
// 1 is mentor1 and mentee1 in match1, whose goal1 and message1 mentee1 wrote.

const someTime = "2026-03-01 10:00:00.000Z"

// withEvaluation adds mentor1's evaluation of kind about pair 1, submitted or not.
func withEvaluation(s tests.ApiScenario, kind string, submitted bool) tests.ApiScenario {
	return withSetup(s, func(t testing.TB, app *tests.TestApp) {
		data := map[string]any{"id": id("evalmentor1"), "match": id("match1"), "program": id("alpha"),
			"author": id("mentor1"), "kind": kind}
		if submitted {
			data["submitted_at"] = someTime
		}
		apptest.Build(t, app).Record("evaluations", data)
	})
}

// The partner reads a submitted evaluation exactly when its form is shared with the partner
// (workspace.EvaluationForms, as workspace.Due.Readable decides for the portal); this fails
// when the forms table and the API rule disagree.
func TestRulesPartnerReadsSharedEvaluations(t *testing.T) {
	w := newWorld(t)
	url := "/api/collections/evaluations/records/" + id("evalmentor1")
	var scenarios []tests.ApiScenario
	for _, form := range workspace.EvaluationForms {
		if form.AboutProgramme {
			continue
		}
		status, content := http.StatusNotFound, `"data":{}`
		if form.SharedWithPartner {
			status, content = http.StatusOK, recordJSON("evalmentor1")
		}
		scenarios = append(scenarios,
			withEvaluation(w.call(form.Kind+": partner and the shared-with-partner flag agree", "mentee1", http.MethodGet, url, "", status,
				[]string{content}, nil), form.Kind, true),
			withEvaluation(w.call(form.Kind+": nobody else reads it", "mentee2", http.MethodGet, url, "", 404,
				[]string{`"data":{}`}, nil), form.Kind, true),
			withEvaluation(w.call(form.Kind+": the partner does not read a draft", "mentee1", http.MethodGet, url, "", 404,
				[]string{`"data":{}`}, nil), form.Kind, false),
			withEvaluation(w.call(form.Kind+": the author reads it", "mentor1", http.MethodGet, url, "", 200,
				[]string{recordJSON("evalmentor1")}, nil), form.Kind, true),
		)
	}
	scenarios = append(scenarios,
		withEvaluation(w.call("the partner lists their own and the shared one", "mentee1", http.MethodGet, "/api/collections/evaluations/records", "", 200,
			[]string{`"totalItems":2`, recordJSON("evaluation1"), recordJSON("evalmentor1")}, nil), workspace.EvaluationFirstInterview, true),
		withEvaluation(w.call("the partner cannot edit the shared one", "mentee1", http.MethodPatch, url, `{"answers":{"feedback":"forged"}}`, 404,
			[]string{`"data":{}`}, nil), workspace.EvaluationFirstInterview, true),
	)
	run(t, scenarios)
}

// closeMatch1 ends pair 1 directly in the database.
func closeMatch1(t testing.TB, app *tests.TestApp) {
	match, err := app.FindRecordById("matches", id("match1"))
	if err != nil {
		t.Fatal(err)
	}
	match.Set("status", "closed")
	if err := app.Save(match); err != nil {
		t.Fatal(err)
	}
}

// The action plan is the pair's: either member of the active match edits, ticks off and
// deletes any goal of it (workspace.ToggleGoal, DeleteGoal); others do not, coordinators
// included, as in the portal.
func TestRulesEitherMemberKeepsTheGoals(t *testing.T) {
	w := newWorld(t)
	url := "/api/collections/goals/records/" + id("goal1")
	notFound := []string{`"data":{}`}
	run(t, []tests.ApiScenario{
		w.call("the partner ticks off the mentee's goal", "mentor1", http.MethodPatch, url, `{"done_at":"`+someTime+`"}`, 200,
			[]string{`"done_at":"` + someTime + `"`}, nil),
		w.call("the partner edits it", "mentor1", http.MethodPatch, url, `{"title":"a clearer goal"}`, 200,
			[]string{`"title":"a clearer goal"`}, nil),
		w.call("the partner deletes it", "mentor1", http.MethodDelete, url, "", 204, nil, nil),
		w.call("the author deletes it", "mentee1", http.MethodDelete, url, "", 204, nil, nil),
		w.call("the partner cannot claim it", "mentor1", http.MethodPatch, url, `{"created_by":"`+id("mentor1")+`"}`, 404, notFound, nil),
		w.call("the partner cannot move it to another pair", "mentor1", http.MethodPatch, url, `{"match":"`+id("match2")+`"}`, 404, notFound, nil),
		w.call("another pair cannot tick it off", "mentor2", http.MethodPatch, url, `{"done_at":"`+someTime+`"}`, 404, notFound, nil),
		w.call("another pair cannot delete it", "mentee2", http.MethodDelete, url, "", 404, notFound, nil),
		w.call("the coordinator cannot tick it off", "coorda", http.MethodPatch, url, `{"done_at":"`+someTime+`"}`, 404, notFound, nil),
		w.call("the coordinator cannot delete it", "coorda", http.MethodDelete, url, "", 404, notFound, nil),
		withSetup(w.call("nobody edits the goals of a closed match", "mentor1", http.MethodPatch, url, `{"done_at":"`+someTime+`"}`, 404, notFound, nil), closeMatch1),
		withSetup(w.call("nobody deletes the goals of a closed match", "mentee1", http.MethodDelete, url, "", 404, notFound, nil), closeMatch1),
		w.call("the partner adds a goal", "mentor1", http.MethodPost, "/api/collections/goals/records",
			`{"match":"`+id("match1")+`","created_by":"`+id("mentor1")+`","title":"speak up"}`, 200, []string{`"title":"speak up"`}, nil),
	})
}

// The recipient of a message marks it read and changes nothing else (workspace.MarkRead); the
// author cannot say it was read; nobody else touches read_at.
func TestRulesTheRecipientMarksAMessageRead(t *testing.T) {
	w := newWorld(t)
	url := "/api/collections/messages/records/" + id("message1")
	readAt := `{"read_at":"` + someTime + `"}`
	notFound := []string{`"data":{}`}
	run(t, []tests.ApiScenario{
		w.call("the recipient marks it read", "mentor1", http.MethodPatch, url, readAt, 200,
			[]string{`"read_at":"` + someTime + `"`, `"body":"message of pair 1"`}, nil),
		w.call("the recipient cannot rewrite it", "mentor1", http.MethodPatch, url, `{"body":"rewritten"}`, 404, notFound, nil),
		w.call("the recipient cannot rewrite it while marking it read", "mentor1", http.MethodPatch, url,
			`{"read_at":"`+someTime+`","body":"rewritten"}`, 404, notFound, nil),
		w.call("the recipient cannot remove its files while marking it read", "mentor1", http.MethodPatch, url,
			`{"read_at":"`+someTime+`","attachments-":["report.pdf"]}`, 404, notFound, nil),
		w.call("the recipient cannot rename its files while marking it read", "mentor1", http.MethodPatch, url,
			`{"read_at":"`+someTime+`","attachment_names":{"report.pdf":"renamed.pdf"}}`, 400,
			[]string{`"attachment_names":{"code":"parity.error.recipient_reads"`}, nil),
		w.call("the recipient cannot delete it", "mentor1", http.MethodDelete, url, "", 404, notFound, nil),
		w.call("the author cannot mark it read", "mentee1", http.MethodPatch, url, readAt, 404, notFound, nil),
		w.call("the author still edits it", "mentee1", http.MethodPatch, url, `{"body":"edited"}`, 200, []string{`"body":"edited"`}, nil),
		w.call("another pair cannot mark it read", "mentor2", http.MethodPatch, url, readAt, 404, notFound, nil),
		w.call("the coordinator cannot mark it read", "coorda", http.MethodPatch, url, readAt, 404, notFound, nil),
		w.call("the coordinator cannot rewrite it", "coorda", http.MethodPatch, url, `{"body":"moderated"}`, 404, notFound, nil),
	})
}

// withAttachment gives message1 a file its author named "Mon CV été.pdf", as the portal does.
func withAttachment(t testing.TB, app *tests.TestApp) {
	file, err := filesystem.NewFileFromBytes([]byte("%PDF-1.4"), "Mon CV été.pdf")
	if err != nil {
		t.Fatal(err)
	}
	message, err := app.FindRecordById("messages", id("message1"))
	if err != nil {
		t.Fatal(err)
	}
	message.Set("attachments", []*filesystem.File{file})
	message.Set("attachment_names", map[string]string{file.Name: file.OriginalName})
	if err := app.Save(message); err != nil {
		t.Fatal(err)
	}
}

// A message's attachment_names name its own files only, whoever saves it: the author cannot
// name a file the message does not have, and a file removed takes its name with it.
func TestRulesAttachmentNamesFollowTheAttachments(t *testing.T) {
	w := newWorld(t)
	url := "/api/collections/messages/records/" + id("message1")
	refused := []string{`"attachment_names":{"code":"parity.error.attachment_names"`}
	run(t, []tests.ApiScenario{
		w.call("the author cannot name a file the message does not have", "mentee1", http.MethodPatch, url,
			`{"attachment_names":{"cv_a1b2c3d4e5.pdf":"Mon CV.pdf"}}`, 400, refused, nil),
		w.call("nor post one with such names", "mentee1", http.MethodPost, "/api/collections/messages/records",
			`{"match":"`+id("match1")+`","author":"`+id("mentee1")+`","body":"hi","attachment_names":{"x.pdf":"y.pdf"}}`, 400, refused, nil),
		withSetup(w.call("removing the files removes their names", "mentee1", http.MethodPatch, url, `{"attachments":[]}`, 200,
			[]string{`"attachments":[]`}, []string{"Mon CV"}), withAttachment),
		withSetup(w.call("the author edits the text and the names stay", "mentee1", http.MethodPatch, url, `{"body":"edited"}`, 200,
			[]string{`"body":"edited"`, "Mon CV été.pdf"}, nil), withAttachment),
	})
}

// The portal's PostMessage names the files it uploads, which the same rule accepts.
func TestThePortalNamesAMessagesFiles(t *testing.T) {
	app := newWorld(t).app(t)
	defer app.Cleanup()
	file, err := filesystem.NewFileFromBytes([]byte("%PDF-1.4"), "Mon CV été.pdf")
	if err != nil {
		t.Fatal(err)
	}
	message, err := workspace.PostMessage(app, id("mentee1"), id("match1"), "my CV", []*filesystem.File{file})
	if err != nil {
		t.Fatal(err)
	}
	var names map[string]string
	if err := message.UnmarshalJSONField("attachment_names", &names); err != nil || names[file.Name] != "Mon CV été.pdf" {
		t.Errorf("attachment_names %v (%v), want the name of %s", names, err, file.Name)
	}
}
