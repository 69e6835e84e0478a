package pb_hooks_test

import (
	"net/http"
	"testing"

	"github.com/pocketbase/pocketbase/tests"
)

func TestParticipantsCannotMakePairsOrReadOthersApplications(t *testing.T) {
	w := newWorld(t)
	matches := "/api/collections/matches/records"
	pair := func(mentor, mentee, status, origin string) string {
		return `{"program":"` + id("alpha") + `","mentor":"` + id(mentor) + `","mentee":"` + id(mentee) +
			`","status":"` + status + `","origin":"` + origin + `"}`
	}
	applications := "/api/collections/applications/records"
	run(t, []tests.ApiScenario{
		w.call("a mentee cannot create an active pair", "mentee3", http.MethodPost, matches,
			pair("appmentor3", "appmentee3", "active", "invitation"), 400, nil, []string{`"status":"active"`}),
		w.call("nor a coordinator-made one", "mentee3", http.MethodPost, matches,
			pair("appmentor3", "appmentee3", "active", "coordinator"), 400, nil, []string{`"status":"active"`}),
		w.call("a mentor cannot create an active pair with a mentee", "mentor3", http.MethodPost, matches,
			pair("appmentor3", "appmentee3", "active", "coordinator"), 400, nil, []string{`"status":"active"`}),
		w.call("an invited mentor cannot accept through the API", "mentor3", http.MethodPatch, matches+"/"+id("match3"),
			`{"status":"active"}`, 404, []string{`"data":{}`}, nil),
		w.call("a participant cannot read another's application", "mentee1", http.MethodGet, applications+"/"+id("appmentee2"),
			"", 404, nil, []string{"wishes of mentee2"}),
		w.call("nor find it in the list", "mentee1", http.MethodGet, applications, "", 200,
			[]string{recordJSON("appmentee1")}, []string{recordJSON("appmentee2"), "wishes of mentee2", "decision for mentee2"}),
		w.call("a partner sees the application but not its private answers", "mentor1", http.MethodGet, applications+"/"+id("appmentee1"),
			"", 200, []string{recordJSON("appmentee1")}, []string{"wishes of mentee1", "decision for mentee1"}),
	})
}
