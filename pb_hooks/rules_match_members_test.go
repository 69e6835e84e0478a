package pb_hooks_test

import (
	"net/http"
	"testing"

	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/mentoring"
)

// Through the REST API a member of a pair does to the match what the portal lets them do and
// no more: the mentor declines a pending invitation with a reason (mentoring.Respond), the
// mentee cancels it (mentoring.CancelInvitation); the end of a pair, its dates, the answer
// and the score are the portal's and the coordinators'. On the rules world, match1 is the
// active pair mentor1/mentee1 and match3 mentee3's invitation to mentor3.
func TestRulesMembersOnlyAnswerTheirInvitation(t *testing.T) {
	w := newWorld(t)
	url := "/api/collections/matches/records/"
	refused := func(field string) []string { return []string{`"` + field + `":{"code":"parity.error.`} }
	member := func(name, who, match, body string, field string) tests.ApiScenario {
		return w.call(name, who, http.MethodPatch, url+id(match), body, 400, refused(field), nil)
	}
	run(t, []tests.ApiScenario{
		member("a member cannot write why the pair ended", "mentee1", "match1", `{"end_reason":"forged"}`, "end_reason"),
		member("a member cannot date the end", "mentee1", "match1", `{"ended_at":"`+someTime+`"}`, "ended_at"),
		member("the mentor of an active pair cannot write an answer", "mentor1", "match1", `{"response":"forged"}`, "response"),
		member("the invited mentee cannot write the mentor's answer", "mentee3", "match3", `{"response":"forged"}`, "response"),
		member("a member cannot cancel an active pair", "mentee1", "match1", `{"status":"cancelled"}`, "status"),
		member("the invited mentor declines, not cancels", "mentor3", "match3", `{"status":"cancelled"}`, "status"),
		member("cancelling carries no answer", "mentee3", "match3", `{"status":"cancelled","response":"forged"}`, "response"),
		member("declining does not end a pair", "mentor3", "match3", `{"status":"declined","end_reason":"forged"}`, "end_reason"),
		w.call("the invited mentor declines with a reason", "mentor3", http.MethodPatch, url+id("match3"),
			`{"status":"declined","response":"My calendar is full"}`, 200, []string{`"response":"My calendar is full"`}, nil),
		w.call("the invited mentee cancels", "mentee3", http.MethodPatch, url+id("match3"), `{"status":"cancelled"}`, 200,
			[]string{`"status":"cancelled"`}, nil),
		w.call("a member still writes the agreement", "mentee1", http.MethodPatch, url+id("match1"),
			`{"agreement":{"frequency":"monthly","modes":["video"]}}`, 200, []string{`"frequency":"monthly"`}, nil),
		w.call("the coordinator still writes why the pair ended", "coorda", http.MethodPatch, url+id("match1"),
			`{"end_reason":"noted"}`, 200, []string{`"end_reason":"noted"`}, nil),
	})
}

// The server dates a pair's start and end when its status says so, whoever changes it: a
// draft the coordinator publishes through the API starts now.
func TestPublishingADraftThroughTheAPIStartsItNow(t *testing.T) {
	w := newWorld(t)
	s := w.call("the coordinator publishes a draft", "coorda", http.MethodPatch, "/api/collections/matches/records/"+id("matchdraft"),
		`{"status":"active"}`, 200, []string{`"status":"active"`}, []string{`"started_at":""`})
	run(t, []tests.ApiScenario{s})
}

// The portal's answers to an invitation still go through: accepting through mentoring.Respond
// sets what the API refuses to members.
func TestThePortalStillAnswersInvitations(t *testing.T) {
	app := newWorld(t).app(t)
	defer app.Cleanup()
	if err := mentoring.Respond(app, id("mentor3"), id("match3"), true, "Welcome"); err != nil {
		t.Fatal(err)
	}
	match, err := app.FindRecordById("matches", id("match3"))
	if err != nil {
		t.Fatal(err)
	}
	if match.GetString("status") != "active" || match.GetString("response") != "Welcome" || match.GetDateTime("started_at").IsZero() {
		t.Errorf("accepted invitation: status %q, response %q, started %s", match.GetString("status"),
			match.GetString("response"), match.GetDateTime("started_at"))
	}
}
