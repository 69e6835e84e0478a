package pb_hooks_test

import (
	"net/http"
	"testing"

	"github.com/pocketbase/pocketbase/tests"
)

// A visitor reads published programmes, their published charters and events, tags and pages;
// a coordinator also reaches their own unpublished programme, nobody else's.
func TestRulesPublicAndCoordinators(t *testing.T) {
	w := newWorld(t)
	col := func(name string) string { return "/api/collections/" + name + "/records" }
	run(t, []tests.ApiScenario{
		w.call("visitor lists published programmes only", "visitor", http.MethodGet, col("programs"), "", 200,
			[]string{`"totalItems":1`, `"slug":"alpha"`}, []string{`"slug":"beta"`}),
		w.call("visitor cannot open a draft programme", "visitor", http.MethodGet, col("programs")+"/"+id("beta"), "", 404,
			[]string{`"data":{}`}, nil),
		w.call("visitor reads published charters of published programmes only", "visitor", http.MethodGet, col("charters"), "", 200,
			[]string{`"totalItems":1`, "Alpha charter v1"}, []string{"v2 draft", "Beta charter"}),
		w.call("visitor reads guidance pages", "visitor", http.MethodGet, col("pages"), "", 200,
			[]string{`"slug":"how-it-works"`}, nil),
		w.call("visitor reads tags", "visitor", http.MethodGet, col("tags"), "", 200,
			[]string{`"key":"public_speaking"`}, nil),
		w.call("visitor reads events of published programmes only", "visitor", http.MethodGet, col("events"), "", 200,
			[]string{"Alpha kickoff"}, []string{"Beta kickoff"}),
		w.call("visitor reads no application", "visitor", http.MethodGet, col("applications"), "", 200,
			[]string{`"totalItems":0`}, nil),
		w.call("visitor reads no match", "visitor", http.MethodGet, col("matches"), "", 200,
			[]string{`"totalItems":0`}, nil),
		w.call("visitor cannot write a page", "visitor", http.MethodPost, col("pages"), `{"slug":"x","locale":"en","title":"x"}`, 403,
			[]string{`"data":{}`}, nil),
		w.call("coordinator of beta sees their draft programme", "coordb", http.MethodGet, col("programs"), "", 200,
			[]string{`"totalItems":2`, `"slug":"beta"`}, nil),
		w.call("coordinator of alpha cannot see beta", "coorda", http.MethodGet, col("programs"), "", 200,
			[]string{`"totalItems":1`}, []string{`"slug":"beta"`}),
		w.call("coordinator of alpha updates alpha", "coorda", http.MethodPatch, col("programs")+"/"+id("alpha"), `{"summary":"new summary"}`, 200,
			[]string{`"summary":"new summary"`}, nil),
		w.call("coordinator of alpha cannot update beta", "coorda", http.MethodPatch, col("programs")+"/"+id("beta"), `{"summary":"hijack"}`, 404,
			[]string{`"data":{}`}, nil),
		w.call("a coordinator cannot add coordinators", "coorda", http.MethodPatch, col("programs")+"/"+id("alpha"),
			`{"coordinators":["`+id("coorda")+`","`+id("stranger")+`"]}`, 404, []string{`"data":{}`}, nil),
		w.call("coordinator of beta sees beta's charter and events", "coordb", http.MethodGet, col("events"), "", 200,
			[]string{"Beta kickoff", "Alpha kickoff"}, nil),
		w.call("coordinator of alpha reads beta's draft charter nowhere", "coorda", http.MethodGet, col("charters"), "", 200,
			[]string{"v2 draft"}, []string{"Beta charter"}),
	})
}
