package pb_hooks_test

import (
	"encoding/json"
	"net/http"
	"net/url"
	"testing"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"
	"github.com/pocketbase/pocketbase/tools/subscriptions"
)

// realtimeClientID names the realtime client the scenarios register, since PocketBase's
// clients draw a random id the request body could not know.
const realtimeClientID = "filter-guard-client"

type realtimeClient struct{ *subscriptions.DefaultClient }

func (realtimeClient) Id() string { return realtimeClientID }

// topic is a realtime subscription topic carrying filter in its options, as PocketBase's SDK
// sends it.
func topic(name, filter string) string {
	options, _ := json.Marshal(map[string]any{"query": map[string]string{"filter": filter}})
	return name + "?" + url.Values{"options": {string(options)}}.Encode()
}

// Realtime subscriptions carry their own filter per topic, which PocketBase checks for every
// record it broadcasts: the same probe as a list filter, answered by which events arrive. The
// subscription request is refused as a whole, and nothing is subscribed.
func TestRulesRealtimeFiltersCannotProbeManyRows(t *testing.T) {
	w := newWorld(t)
	subscribe := func(name, who string, status int, topics ...string) tests.ApiScenario {
		body, _ := json.Marshal(map[string]any{"clientId": realtimeClientID, "subscriptions": topics})
		s := w.call(name, who, http.MethodPost, "/api/realtime", string(body), status, nil, nil)
		if status == http.StatusBadRequest {
			s.ExpectedContent = []string{`"data":{}`, "?="}
		}
		s.BeforeTestFunc = func(t testing.TB, app *tests.TestApp, e *core.ServeEvent) {
			app.SubscriptionsBroker().Register(realtimeClient{subscriptions.NewDefaultClient()})
		}
		s.AfterTestFunc = func(t testing.TB, app *tests.TestApp, res *http.Response) {
			client, err := app.SubscriptionsBroker().ClientById(realtimeClientID)
			if err != nil {
				t.Fatal(err)
			}
			want := len(topics)
			if status != http.StatusNoContent {
				want = 0
			}
			if got := len(client.Subscriptions()); got != want {
				t.Fatalf("%d subscriptions, want %d", got, want)
			}
		}
		return s
	}
	refused := func(name, who string, topics ...string) tests.ApiScenario {
		return subscribe(name, who, http.StatusBadRequest, topics...)
	}
	allowed := func(name, who string, topics ...string) tests.ApiScenario {
		return subscribe(name, who, http.StatusNoContent, topics...)
	}
	probe := `notes_via_match.body~"note of ment"`
	app := seededWorld(t)
	matches, err := app.FindCollectionByNameOrId("matches")
	app.Cleanup()
	if err != nil {
		t.Fatal(err)
	}
	run(t, []tests.ApiScenario{
		refused("a member cannot watch for the partner's note", "mentor1", topic("matches/*", probe)),
		refused("nor on one match", "mentor1", topic("matches/"+id("match1"), probe)),
		refused("nor through the older topic form", "mentor1", topic("matches", probe)),
		refused("nor by the collection's id", "mentor1", topic(matches.Id+"/*", probe)),
		refused("nor among harmless topics", "mentor1", "matches/*", topic("goals/*", `match.status="active"`), topic("matches/*", probe)),
		refused("nor behind a function", "mentor1", topic("matches/*", `strftime("%Y", evaluations_via_match.submitted_at)!=""`)),
		refused("nor deep in groups", "mentor1", topic("matches/*", `status="active" && (locked=true || (excluded=false && notes_via_match.author=""))`)),
		refused("nor through a forward multiple relation", "coorda", topic("programs/*", `coordinators.name!=""`)),
		refused("nor counting through one", "stranger", topic("users/*", `applications_via_user.program.coordinators:length>1`)),
		refused("a visitor neither", "visitor", topic("programs/*", `charters_via_program.body_en~"draft"`)),
		allowed("the ?-forms are allowed", "mentor1", topic("matches/*", `notes_via_match.body?~"note" && evaluations_via_match.kind?!="final"`)),
		allowed("so are single relations and unique back-relations", "mentee1",
			topic("matches/*", `program.slug="alpha" && mentee.user="`+id("mentee1")+`" && roadbooks_via_match.submitted_at!=""`)),
		allowed("and a record's own many values", "stranger", topic("programs/*", `languages:each="en" && coordinators:length=1`)),
		allowed("and topics without a filter or of no collection", "mentor1", "matches/*", "notes/"+id("notementor1"), topic("custom-topic", probe)),
		allowed("a filter PocketBase cannot parse is its own to ignore", "mentor1", topic("matches/*", `notes_via_match.body~`)),
		allowed("superusers may watch anything", "superuser", topic("matches/*", probe)),
	})
}
