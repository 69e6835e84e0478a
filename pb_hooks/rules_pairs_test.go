package pb_hooks_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/tests"
)

// call builds one request scenario on a fresh copy of the world, signed in as who.
func (w *world) call(name, who, method, url, body string, status int, expected, notExpected []string) tests.ApiScenario {
	s := tests.ApiScenario{
		Name:               name,
		Method:             method,
		URL:                url,
		Headers:            w.headers(who),
		ExpectedStatus:     status,
		ExpectedContent:    expected,
		NotExpectedContent: notExpected,
		TestAppFactory:     w.app,
	}
	if body != "" {
		s.Body = strings.NewReader(body)
	}
	return s
}

func run(t *testing.T, scenarios []tests.ApiScenario) {
	for _, s := range scenarios {
		s.Test(t)
	}
}

func recordJSON(name string) string { return `"id":"` + id(name) + `"` }

// pairCollections are the collections holding one record per seeded pair, with the record's
// base name and whether a member may delete their own.
var pairCollections = []struct {
	collection, base string
	deletable        bool
}{
	{"meetings", "meeting", false},
	{"roadbooks", "roadbook", false},
	{"evaluations", "evaluation", false},
	{"goals", "goal", true},
	{"messages", "message", true},
}

// A member of pair 1 reaches pair 1's records and nothing of pair 2's: not in lists, not by id,
// not to change or delete them.
func TestRulesPairRecordsStayWithinThePair(t *testing.T) {
	w := newWorld(t)
	var scenarios []tests.ApiScenario
	for _, c := range pairCollections {
		url := "/api/collections/" + c.collection + "/records"
		own, other := recordJSON(c.base+"1"), recordJSON(c.base+"2")
		forbiddenDelete := http.StatusForbidden // no delete rule: superusers only
		if c.deletable {
			forbiddenDelete = http.StatusNotFound
		}
		scenarios = append(scenarios,
			w.call(c.collection+": mentee1 lists only pair 1", "mentee1", http.MethodGet, url, "", 200,
				[]string{`"totalItems":1`, own}, []string{other}),
			w.call(c.collection+": mentee1 cannot view pair 2's", "mentee1", http.MethodGet, url+"/"+id(c.base+"2"), "", 404,
				[]string{`"data":{}`}, []string{other}),
			w.call(c.collection+": mentee1 cannot change pair 2's", "mentee1", http.MethodPatch, url+"/"+id(c.base+"2"), `{"match":"`+id("match1")+`"}`, 404,
				[]string{`"data":{}`}, []string{other}),
			w.call(c.collection+": mentee1 cannot delete pair 2's", "mentee1", http.MethodDelete, url+"/"+id(c.base+"2"), "", forbiddenDelete,
				[]string{`"data":{}`}, nil),
			w.call(c.collection+": stranger lists nothing", "stranger", http.MethodGet, url, "", 200,
				[]string{`"totalItems":0`}, []string{own, other}),
			w.call(c.collection+": coordinator of alpha follows both pairs, not beta's", "coorda", http.MethodGet, url, "", 200,
				[]string{`"totalItems":2`, own, other}, []string{recordJSON(c.base + "b")}),
			w.call(c.collection+": coordinator of beta sees nothing of alpha", "coordb", http.MethodGet, url+"/"+id(c.base+"1"), "", 404,
				[]string{`"data":{}`}, []string{own}),
		)
	}
	scenarios = append(scenarios,
		w.call("meetings: the partner (mentor1) sees the pair's meeting", "mentor1", http.MethodGet, "/api/collections/meetings/records", "", 200,
			[]string{`"totalItems":1`, recordJSON("meeting1")}, nil),
		w.call("messages: mentee1 cannot post into pair 2", "mentee1", http.MethodPost, "/api/collections/messages/records",
			`{"match":"`+id("match2")+`","author":"`+id("mentee1")+`","body":"hello"}`, 400, []string{`"data":{}`}, nil),
		w.call("messages: mentee1 posts into pair 1", "mentee1", http.MethodPost, "/api/collections/messages/records",
			`{"match":"`+id("match1")+`","author":"`+id("mentee1")+`","body":"hello partner"}`, 200, []string{`"body":"hello partner"`}, nil),
		w.call("messages: mentee1 cannot sign as mentor1", "mentee1", http.MethodPost, "/api/collections/messages/records",
			`{"match":"`+id("match1")+`","author":"`+id("mentor1")+`","body":"forged"}`, 400, []string{`"data":{}`}, nil),
	)
	run(t, scenarios)
}

// Private notes are read by their author only: not the partner, not a coordinator.
func TestRulesNotesAreTheAuthorsAlone(t *testing.T) {
	w := newWorld(t)
	url := "/api/collections/notes/records"
	run(t, []tests.ApiScenario{
		w.call("author lists their own note only", "mentee1", http.MethodGet, url, "", 200,
			[]string{`"totalItems":1`, "note of mentee1"}, []string{"note of mentor1", "note of mentee2"}),
		w.call("partner does not see the mentee's note", "mentor1", http.MethodGet, url, "", 200,
			[]string{`"totalItems":1`, "note of mentor1"}, []string{"note of mentee1"}),
		w.call("partner cannot open the mentee's note", "mentor1", http.MethodGet, url+"/"+id("notementee1"), "", 404,
			[]string{`"data":{}`}, []string{"note of mentee1"}),
		w.call("partner cannot change the mentee's note", "mentor1", http.MethodPatch, url+"/"+id("notementee1"), `{"body":"x"}`, 404,
			[]string{`"data":{}`}, nil),
		w.call("partner cannot delete the mentee's note", "mentor1", http.MethodDelete, url+"/"+id("notementee1"), "", 404,
			[]string{`"data":{}`}, nil),
		w.call("coordinator sees no note", "coorda", http.MethodGet, url, "", 200,
			[]string{`"totalItems":0`}, []string{"note of"}),
		w.call("coordinator cannot open a note", "coorda", http.MethodGet, url+"/"+id("notementee1"), "", 404,
			[]string{`"data":{}`}, []string{"note of"}),
		w.call("author cannot write a note in another pair", "mentee1", http.MethodPost, url,
			`{"match":"`+id("match2")+`","author":"`+id("mentee1")+`","body":"spy"}`, 400, []string{`"data":{}`}, nil),
		// a filter through a relation only reaches the records the viewer may list
		w.call("partner cannot probe the mentee's note through the match", "mentor1", http.MethodGet,
			search("matches", "filter", "notes_via_match.body?~'note of mentee1'"), "", 200, []string{`"totalItems":0`}, []string{recordJSON("match1")}),
		w.call("coordinator cannot probe notes through the match", "coorda", http.MethodGet,
			search("matches", "filter", "notes_via_match.body?~'note of'"), "", 200, []string{`"totalItems":0`}, []string{recordJSON("match1")}),
		w.call("partner cannot probe the mentee's evaluation through the match", "mentor1", http.MethodGet,
			search("matches", "filter", "evaluations_via_match.author?='"+id("mentee1")+"'"), "", 200, []string{`"totalItems":0`}, []string{recordJSON("match1")}),
		w.call("author's own note still answers their filter", "mentee1", http.MethodGet,
			search("matches", "filter", "notes_via_match.body?~'note of mentee1'"), "", 200, []string{`"totalItems":1`, recordJSON("match1")}, nil),
	})
}
