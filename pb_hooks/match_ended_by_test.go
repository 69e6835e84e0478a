package pb_hooks_test

import (
	"net/http"
	"testing"

	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/workspace"
)

// Who closed or cancelled a pair is the server's to record: through the REST API the person
// who ends it is named whatever they sent, nobody names anyone otherwise, and the dashboard
// may fix it. On the rules world match1 is an active pair, match3 mentee3's invitation.
func TestEndedByNamesWhoseRequestEndedThePair(t *testing.T) {
	w := newWorld(t)
	url := "/api/collections/matches/records/"
	endedBy := func(person string) []string { return []string{`"ended_by":"` + id(person) + `"`} }
	run(t, []tests.ApiScenario{
		w.call("the coordinator closes: named, whoever they put", "coorda", http.MethodPatch, url+id("match1"),
			`{"status":"closed","end_reason":"Moved","ended_by":"`+id("mentee1")+`"}`, 200, endedBy("coorda"), nil),
		w.call("the mentee cancels their invitation: named", "mentee3", http.MethodPatch, url+id("match3"),
			`{"status":"cancelled"}`, 200, endedBy("mentee3"), nil),
		w.call("a member cannot name anyone", "mentee3", http.MethodPatch, url+id("match3"),
			`{"status":"cancelled","ended_by":"`+id("coorda")+`"}`, 400, []string{`"ended_by":{"code":"parity.error.set_by_portal"`}, nil),
		w.call("nor can a coordinator without ending the pair", "coorda", http.MethodPatch, url+id("match1"),
			`{"ended_by":"`+id("mentee1")+`"}`, 400, []string{`"ended_by":{"code":"parity.error.set_by_portal"`}, nil),
		w.call("the dashboard fixes it by hand", "superuser", http.MethodPatch, url+id("match1"),
			`{"ended_by":"`+id("mentee1")+`"}`, 200, endedBy("mentee1"), nil),
	})
}

// The portal names who closed the pair, as the API does.
func TestClosingThroughThePortalNamesWhoClosed(t *testing.T) {
	app := newWorld(t).app(t)
	defer app.Cleanup()
	if err := workspace.CloseMatch(app, id("coorda"), id("match1"), "Moved"); err != nil {
		t.Fatal(err)
	}
	match, err := app.FindRecordById("matches", id("match1"))
	if err != nil {
		t.Fatal(err)
	}
	if got := match.GetString("ended_by"); got != id("coorda") {
		t.Errorf("ended_by %q, want coorda", got)
	}
}
