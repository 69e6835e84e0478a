package kernel_test

import (
	"encoding/json"
	"net/url"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/apptest"
	"github.com/mentorbase/mentorbase/kernel"
)

func TestManyRowsComparison(t *testing.T) {
	manyRows := func(path string) bool { return strings.HasPrefix(path, "notes_via_match.") }
	for _, c := range []struct{ filter, want string }{
		{`notes_via_match.body ~ 'x'`, "notes_via_match.body"},
		{`'x' = notes_via_match.body`, "notes_via_match.body"},
		{`notes_via_match.body ?~ 'x'`, ""},
		{`notes_via_match.body ?!= 'x' || notes_via_match.author ?= 'y'`, ""},
		{`status = 'active' && (mentor.user = 'u' || notes_via_match.body = 'x')`, "notes_via_match.body"},
		{`strftime('%Y', notes_via_match.created) = '2026'`, "notes_via_match.created"},
		{`status = 'active' && mentor.user.name ~ 'x'`, ""},
		{`((( not a filter`, ""},
		{``, ""},
	} {
		if got := kernel.ManyRowsComparison(c.filter, manyRows); got != c.want {
			t.Errorf("%s: %q, want %q", c.filter, got, c.want)
		}
	}
}

// Which paths reach many rows is read from the schema: multiple relations and back-relations
// not unique per row.
func TestSearchRefusal(t *testing.T) {
	app := apptest.New(t)
	for _, c := range []struct {
		collection, filter, sort string
		refused                  string // a part of the refusal, "" when allowed
	}{
		{"matches", `notes_via_match.body ~ 'x'`, "", `"notes_via_match.body"`},
		{"matches", `notes_via_match.body ?~ 'x'`, "", ""},
		{"matches", `mentor.user.name ~ 'x'`, "", ""},
		{"matches", `program.coordinators.name = 'x'`, "", `"program.coordinators.name"`},
		{"matches", `program.coordinators.name ?= 'x'`, "", ""},
		{"matches", "", "program.coordinators.name", `Sorting by "program.coordinators.name"`},
		{"matches", "", "-program.name", ""},
		{"programs", `languages:each = 'en'`, "", ""},
		{"matches", `@collection.notes.body ~ 'x'`, "", ""},
	} {
		got := kernel.SearchRefusal(app, mustCollection(t, app, c.collection), c.filter, c.sort)
		if c.refused == "" && got != "" || c.refused != "" && !strings.Contains(got, c.refused) {
			t.Errorf("%s filter %q sort %q: %q, want %q", c.collection, c.filter, c.sort, got, c.refused)
		}
	}
}

// A realtime topic is judged by the filter of its options, for a collection or one record of
// it, however the SDK spells the options; a custom topic has no filter to judge.
func TestSubscriptionRefusal(t *testing.T) {
	app := apptest.New(t)
	topic := func(name, filter string) string {
		options, _ := json.Marshal(map[string]any{"query": map[string]string{"filter": filter}})
		return name + "?" + url.Values{"options": {string(options)}}.Encode()
	}
	for _, c := range []struct {
		topics  []string
		refused string // a part of the refusal, "" when allowed
	}{
		{[]string{topic("matches", `notes_via_match.body ~ 'x'`)}, `"notes_via_match.body"`},
		{[]string{topic("matches/abc123", `notes_via_match.body ~ 'x'`)}, `"notes_via_match.body"`},
		{[]string{"matches", topic("programs", `coordinators.name = 'x'`)}, `"coordinators.name"`},
		{[]string{topic("matches", `notes_via_match.body ?~ 'x'`), "matches/abc123"}, ""},
		{[]string{topic("my-custom-topic", `notes_via_match.body ~ 'x'`)}, ""},
		{nil, ""},
	} {
		got := kernel.SubscriptionRefusal(app, c.topics)
		if c.refused == "" && got != "" || c.refused != "" && !strings.Contains(got, c.refused) {
			t.Errorf("%q: %q, want %q", c.topics, got, c.refused)
		}
	}
}

func mustCollection(t *testing.T, app core.App, name string) *core.Collection {
	t.Helper()
	c, err := app.FindCachedCollectionByNameOrId(name)
	if err != nil {
		t.Fatal(err)
	}
	return c
}
