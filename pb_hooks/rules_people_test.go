package pb_hooks_test

import (
	"net/http"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/apptest"
)

// E-mail and phone of a person reach only themself, their active partner and the
// coordinators of their programmes; the calendar token never leaves the server.
func TestRulesContactDetails(t *testing.T) {
	w := newWorld(t)
	user := func(p string) string { return "/api/collections/users/records/" + id(p) }
	email := func(p string) string { return `"email":"` + p + `@example.com"` }
	run(t, []tests.ApiScenario{
		w.call("a person sees their own contact details but not their calendar token", "mentee1", http.MethodGet, user("mentee1"), "", 200,
			[]string{email("mentee1"), phoneOf("mentee1")}, []string{"calendar_token"}),
		w.call("the active partner sees e-mail and phone", "mentor1", http.MethodGet, user("mentee1"), "", 200,
			[]string{email("mentee1"), phoneOf("mentee1")}, []string{"calendar_token"}),
		w.call("the coordinator of their programme sees e-mail and phone", "coorda", http.MethodGet, user("mentee1"), "", 200,
			[]string{email("mentee1"), phoneOf("mentee1")}, nil),
		w.call("a member of another pair cannot see the person at all", "mentor2", http.MethodGet, user("mentee1"), "", 404,
			[]string{`"data":{}`}, []string{phoneOf("mentee1"), "mentee1@"}),
		w.call("another programme's coordinator cannot see the person", "coordb", http.MethodGet, user("mentee1"), "", 404,
			[]string{`"data":{}`}, []string{phoneOf("mentee1")}),
		w.call("an invited (not yet active) partner sees the name only", "mentor3", http.MethodGet, user("mentee3"), "", 200,
			[]string{`"name":"Name of mentee3"`}, []string{"mentee3@", phoneOf("mentee3")}),
		w.call("a directory mentor's name is public to members, their contacts are not, even with emailVisibility", "stranger", http.MethodGet, user("mentor3"), "", 200,
			[]string{`"name":"Name of mentor3"`}, []string{"mentor3@", phoneOf("mentor3")}),
		w.call("a stranger lists only themself and the directory mentor", "stranger", http.MethodGet, "/api/collections/users/records", "", 200,
			[]string{`"totalItems":2`, recordJSON("stranger"), recordJSON("mentor3")}, []string{recordJSON("mentee1"), phoneOf("mentor3")}),
		w.call("an expanded partner keeps contacts hidden from a non-partner", "mentee3", http.MethodGet,
			"/api/collections/applications/records/"+id("appmentor3")+"?expand=user", "", 200,
			[]string{`"name":"Name of mentor3"`}, []string{"mentor3@", phoneOf("mentor3")}),
		w.call("nobody can filter users by phone", "mentor3", http.MethodGet, "/api/collections/users/records?filter=phone~'4670'", "", 400,
			[]string{`"data":{}`}, nil),
		w.call("a visitor lists no users", "visitor", http.MethodGet, "/api/collections/users/records", "", 200,
			[]string{`"totalItems":0`}, nil),
	})
}

// Applications: the applicant, the programme's coordinators, the partner, and listed mentors
// for the directory; only coordinators decide.
func TestRulesApplications(t *testing.T) {
	w := newWorld(t)
	url := "/api/collections/applications/records"
	run(t, []tests.ApiScenario{
		w.call("a stranger sees only the directory's listed mentor, without private answers", "stranger", http.MethodGet, url, "", 200,
			[]string{`"totalItems":1`, recordJSON("appmentor3"), "bio of mentor3"},
			[]string{recordJSON("appmentee1"), "decision for mentor3", "wishes of mentor3"}),
		w.call("the applicant sees their own decision message", "mentee1", http.MethodGet, url+"/"+id("appmentee1"), "", 200,
			[]string{"decision for mentee1"}, nil),
		w.call("the partner sees the application but not the private answers", "mentor1", http.MethodGet, url+"/"+id("appmentee1"), "", 200,
			[]string{recordJSON("appmentee1")}, []string{"decision for mentee1", "wishes of mentee1"}),
		w.call("another pair's member cannot see it", "mentee2", http.MethodGet, url+"/"+id("appmentee1"), "", 404,
			[]string{`"data":{}`}, nil),
		w.call("coordinator of alpha lists alpha's applications only", "coorda", http.MethodGet, url, "", 200,
			[]string{`"totalItems":6`, "decision for mentee1"}, []string{recordJSON("appmenteeb")}),
		w.call("an applicant cannot approve their own application", "stranger", http.MethodPost, url,
			`{"program":"`+id("alpha")+`","user":"`+id("stranger")+`","role":"mentee","status":"approved"}`, 400,
			[]string{`"data":{}`}, nil),
		withSetup(w.call("an applicant who signed the charter submits their own application", "stranger", http.MethodPost, url,
			`{"program":"`+id("alpha")+`","user":"`+id("stranger")+`","role":"mentee","status":"submitted"}`, 200,
			[]string{`"status":"submitted"`}, nil), strangerSignedAlphaCharter),
		w.call("nobody applies in someone else's name", "stranger", http.MethodPost, url,
			`{"program":"`+id("alpha")+`","user":"`+id("mentee1")+`","role":"mentee","status":"submitted"}`, 400,
			[]string{`"data":{}`}, nil),
		w.call("nobody applies to an unpublished programme", "stranger", http.MethodPost, url,
			`{"program":"`+id("beta")+`","user":"`+id("stranger")+`","role":"mentee","status":"submitted"}`, 400,
			[]string{`"data":{}`}, nil),
		w.call("the applicant cannot change the decision", "mentee3", http.MethodPatch, url+"/"+id("appmentee3"), `{"status":"rejected"}`, 404,
			[]string{`"data":{}`}, nil),
		w.call("the applicant may withdraw", "mentee3", http.MethodPatch, url+"/"+id("appmentee3"), `{"status":"withdrawn"}`, 200,
			[]string{`"status":"withdrawn"`}, nil),
		w.call("the coordinator decides", "coorda", http.MethodPatch, url+"/"+id("appmentee3"), `{"status":"waitlisted"}`, 200,
			[]string{`"status":"waitlisted"`}, nil),
		w.call("another programme's coordinator cannot decide", "coordb", http.MethodPatch, url+"/"+id("appmentee3"), `{"status":"rejected"}`, 404,
			[]string{`"data":{}`}, nil),
	})
}

// Matches: drafts are the console's; participants never create or activate a match through
// the API (invitations go through the portal).
func TestRulesMatches(t *testing.T) {
	w := newWorld(t)
	url := "/api/collections/matches/records"
	invite := func(status string) string {
		return `{"program":"` + id("alpha") + `","mentor":"` + id("appmentor3") + `","mentee":"` + id("appmentee1") +
			`","status":"` + status + `","origin":"invitation"}`
	}
	run(t, []tests.ApiScenario{
		w.call("a mentee sees their invited match but not the coordinators' draft", "mentee3", http.MethodGet, url, "", 200,
			[]string{`"totalItems":1`, recordJSON("match3")}, []string{recordJSON("matchdraft")}),
		w.call("the draft cannot be opened by its future member", "mentor2", http.MethodGet, url+"/"+id("matchdraft"), "", 404,
			[]string{`"data":{}`}, nil),
		w.call("a member of pair 1 sees only their match", "mentee1", http.MethodGet, url, "", 200,
			[]string{`"totalItems":1`, recordJSON("match1")}, []string{recordJSON("match2")}),
		w.call("a member cannot delete another pair's match", "mentee1", http.MethodDelete, url+"/"+id("match2"), "", 404,
			[]string{`"data":{}`}, nil),
		w.call("a mentee cannot create an active match", "mentee1", http.MethodPost, url, invite("active"), 400,
			[]string{`"data":{}`}, nil),
		w.call("a mentee cannot invite through the API: the portal holds the limits and tells the mentor", "mentee1",
			http.MethodPost, url, invite("invited"), 400, []string{`"data":{}`}, nil),
		w.call("the invited mentee cannot decline in the mentor's place", "mentee3", http.MethodPatch, url+"/"+id("match3"),
			`{"status":"declined"}`, 404, []string{`"data":{}`}, nil),
		w.call("nobody rewrites the mentee's message", "mentor3", http.MethodPatch, url+"/"+id("match3"),
			`{"message":"something else"}`, 404, []string{`"data":{}`}, nil),
		w.call("the invited mentee may cancel", "mentee3", http.MethodPatch, url+"/"+id("match3"),
			`{"status":"cancelled"}`, 200, []string{`"status":"cancelled"`}, nil),
		w.call("an invited mentor cannot make the match active through the API", "mentor3", http.MethodPatch, url+"/"+id("match3"), `{"status":"active"}`, 404,
			[]string{`"data":{}`}, nil),
		w.call("an invited mentor may decline", "mentor3", http.MethodPatch, url+"/"+id("match3"), `{"status":"declined","response":"sorry"}`, 200,
			[]string{`"status":"declined"`}, nil),
		w.call("the coordinator sees alpha's matches, drafts included, not beta's", "coorda", http.MethodGet, url, "", 200,
			[]string{`"totalItems":4`, recordJSON("matchdraft")}, []string{recordJSON("matchb")}),
		w.call("the coordinator publishes a draft", "coorda", http.MethodPatch, url+"/"+id("matchdraft"), `{"status":"active"}`, 200,
			[]string{`"status":"active"`}, nil),
		w.call("another programme's coordinator cannot touch it", "coordb", http.MethodPatch, url+"/"+id("matchdraft"), `{"status":"active"}`, 404,
			[]string{`"data":{}`}, nil),
	})
}

// Support requests and charter acceptances are their author's and the coordinators'.
func TestRulesSupportAndAcceptances(t *testing.T) {
	w := newWorld(t)
	run(t, []tests.ApiScenario{
		w.call("a participant sees only their own support request", "mentee1", http.MethodGet, "/api/collections/support_requests/records", "", 200,
			[]string{`"totalItems":1`, "help for pair 1"}, []string{"help for pair 2"}),
		w.call("the coordinator sees alpha's requests only", "coorda", http.MethodGet, "/api/collections/support_requests/records", "", 200,
			[]string{`"totalItems":2`, "help for pair 2"}, []string{"help for pair b"}),
		w.call("a participant cannot answer their own request", "mentee1", http.MethodPatch, "/api/collections/support_requests/records/"+id("support1"),
			`{"status":"answered","answer":"self-served"}`, 404, []string{`"data":{}`}, nil),
		w.call("a participant accepts the published charter for themself", "mentee1", http.MethodPost, "/api/collections/charter_acceptances/records",
			`{"user":"`+id("mentee1")+`","charter":"`+id("charteralpha1")+`","role":"mentee","accepted_at":"2026-01-02 10:00:00.000Z"}`, 200,
			[]string{`"role":"mentee"`}, nil),
		w.call("nobody accepts a charter in someone else's name", "mentee1", http.MethodPost, "/api/collections/charter_acceptances/records",
			`{"user":"`+id("mentee2")+`","charter":"`+id("charteralpha1")+`","role":"mentee","accepted_at":"2026-01-02 10:00:00.000Z"}`, 400,
			[]string{`"data":{}`}, nil),
		w.call("nobody accepts a draft charter", "mentee1", http.MethodPost, "/api/collections/charter_acceptances/records",
			`{"user":"`+id("mentee1")+`","charter":"`+id("charteralpha2")+`","role":"mentee","accepted_at":"2026-01-02 10:00:00.000Z"}`, 400,
			[]string{`"data":{}`}, nil),
	})
}

// strangerSignedAlphaCharter lets the stranger through the charter gate of programme alpha.
func strangerSignedAlphaCharter(t testing.TB, app *tests.TestApp) {
	apptest.Build(t, app).Record("charter_acceptances", map[string]any{"user": id("stranger"),
		"charter": id("charteralpha1"), "role": "mentee", "accepted_at": time.Now().UTC()})
}
