package pb_hooks_test

import (
	"net/http"
	"testing"

	"github.com/pocketbase/pocketbase/tests"
)

// ownRecordsWorld adds, to the rules world, the records that make the partner's rows
// comparable with the viewer's own: mentor1 fills in an evaluation and asks for help about
// match 1, and mentor3 also applied, unlisted, to beta.
func (w *world) ownRecordsWorld(t testing.TB) *tests.TestApp {
	app := w.app(t)
	s := newSeeder(t, app)
	s.save("evaluations", "evalmentor1", map[string]any{"match": id("match1"), "program": id("alpha"),
		"author": id("mentor1"), "kind": "midpoint"})
	s.save("support_requests", "supportmentor1", map[string]any{"user": id("mentor1"), "program": id("alpha"),
		"match": id("match1"), "topic": "question of mentor1", "body": "please", "status": "open"})
	s.save("applications", "appmentor3beta", map[string]any{"program": id("beta"), "user": id("mentor3"),
		"role": "mentor", "status": "submitted"})
	return app
}

// A filter without "?" on a path reaching many rows means "every linked row matches", and
// PocketBase checks it against all of them, the rows the viewer may not read included. A
// member holding their own note would learn their partner's note letter by letter (README,
// Security); the same holds for evaluations, support requests, other applications and
// coordinators. Such filters and sorts are refused; the "?" forms, which only see readable
// rows, and the paths through single relations keep working.
func TestRulesManyRowsPathsCannotBeProbed(t *testing.T) {
	w := newWorld(t)
	list := func(name, who, collection, param, value string, status int, expected []string, leak ...string) tests.ApiScenario {
		s := w.call(name, who, http.MethodGet, search(collection, param, value), "", status, expected, leak)
		s.TestAppFactory = w.ownRecordsWorld
		return s
	}
	refused := func(name, who, collection, param, value string, leak string) tests.ApiScenario {
		return list(name, who, collection, param, value, 400, []string{`"data":{}`, "?="}, leak)
	}
	found := func(name, who, collection, param, value string, total string, records ...string) tests.ApiScenario {
		return list(name, who, collection, param, value, 200, append([]string{`"totalItems":` + total}, records...))
	}
	match1 := recordJSON("match1")
	run(t, []tests.ApiScenario{
		refused("a member cannot prefix-probe the partner's note", "mentor1", "matches", "filter", `notes_via_match.body~"note of ment"`, match1),
		refused("nor probe it by exclusion", "mentor1", "matches", "filter", `notes_via_match.body!~"note of mentee1"`, match1),
		refused("nor by inequality", "mentor1", "matches", "filter", `notes_via_match.body!="x"`, match1),
		refused("nor with a modifier", "mentor1", "matches", "filter", `notes_via_match.body:lower~"note of ment"`, match1),
		refused("nor from the right-hand side", "mentor1", "matches", "filter", `"note of mentee1"!=notes_via_match.body`, match1),
		refused("nor hidden in a group", "mentor1", "matches", "filter", `program.slug="alpha" && (status="draft" || notes_via_match.body~"note of ment")`, match1),
		refused("nor through a function", "mentor1", "matches", "filter", `strftime("%Y", notes_via_match.updated)!="1999"`, match1),
		refused("a member cannot probe the partner's evaluation", "mentor1", "matches", "filter", `evaluations_via_match.kind!="final"`, match1),
		refused("nor the partner's support requests", "mentor1", "matches", "filter", `support_requests_via_match.status="open"`, match1),
		refused("a directory visitor cannot probe a mentor's other applications", "stranger", "users", "filter", `applications_via_user.status="approved"`, recordJSON("mentor3")),
		refused("nor their programmes' languages one by one", "stranger", "users", "filter", `applications_via_user.program.languages:each="en"`, recordJSON("mentor3")),
		refused("nor count their coordinators", "stranger", "users", "filter", `applications_via_user.program.coordinators:length>0`, recordJSON("mentor3")),
		refused("a coordinator cannot probe co-coordinators", "coorda", "programs", "filter", `coordinators.name~"Name of coord"`, recordJSON("alpha")),
		refused("nobody sorts by a partner's note", "mentor1", "matches", "sort", "notes_via_match.body", match1),
		refused("nor by the coordinators' names", "coorda", "programs", "sort", "-coordinators.name", recordJSON("alpha")),
		refused("nor by someone's other applications", "stranger", "users", "sort", "applications_via_user.status", recordJSON("mentor3")),

		found("the ?-form only sees the member's own note", "mentor1", "matches", "filter", `notes_via_match.body?~"note of mente"`, "0"),
		found("and finds it", "mentor1", "matches", "filter", `notes_via_match.body?~"note of mentor1"`, "1", match1),
		found("single relations keep filtering", "mentor1", "matches", "filter", `program.slug="alpha" && mentor.user="`+id("mentor1")+`"`, "1", match1),
		found("a back-relation unique per row is a single one", "mentee1", "matches", "filter", `roadbooks_via_match.professional_project~"project of pair"`, "1", match1),
		found("a programme's own coordinators field still filters", "stranger", "programs", "filter", `coordinators~"coorda" && languages:each="en"`, "1", recordJSON("alpha")),
		found("and its coordinators through the ?-form", "coorda", "programs", "filter", `coordinators.id?="`+id("coorda")+`"`, "1", recordJSON("alpha")),
		found("sorts through single relations still work", "mentor1", "matches", "sort", "-program.slug,mentor.user.name", "1", match1),
		found("superusers still search from the dashboard", "superuser", "matches", "filter", `notes_via_match.body~"note of ment"`, "3", match1, recordJSON("match2")),
	})
}
