package ui_test

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/mentorbase/mentorbase/apptest"
)

// The pairs list's order and the report are computed once and kept: a second view reads
// less, and a meeting held by the quiet pair moves it out of "needs attention" and into the
// report's figures at once.
// (Pair b agreed on its terms: only its silence makes it need attention.)
func TestThePairsOrderAndTheReportAreKeptUntilAPairMeets(t *testing.T) {
	t.Parallel()
	app := seedFollowedPairs(t)
	b := apptest.Build(t, app)
	agreed := time.Now().AddDate(0, 0, -39)
	b.Update(record(t, app, "matches", wid("matchb")), map[string]any{"agreement": map[string]any{"frequency": "monthly",
		"modes": []string{"video"}, "confirmed": map[string]any{"mentor": agreed, "mentee": agreed}}})
	handler := newHandler(t, app)
	headers := map[string]string{"Cookie": cookies(t, record(t, app, "users", wid("coord")))}
	view := func(url string) (body string, queries int) {
		t.Helper()
		var code int
		queries = len(apptest.Queries(app, func() {
			res := do(handler, http.MethodGet, url, nil, headers)
			code, body = res.Code, res.Body.String()
		}))
		if code != http.StatusOK {
			t.Fatalf("GET %s: %d", url, code)
		}
		return body, queries
	}
	firstA := func(body string) bool {
		a, b := strings.Index(body, "pair-"+wid("matcha")), strings.Index(body, "pair-"+wid("matchb"))
		return a >= 0 && b >= 0 && a < b
	}
	const pairs, report = "/coordinate/alumni/pairs", "/coordinate/alumni/report"
	before := map[string]string{}
	for _, url := range []string{pairs, report} {
		page, first := view(url)
		if _, again := view(url); again >= first {
			t.Errorf("%s: the second view sent %d queries, the first %d: nothing was kept", url, again, first)
		}
		before[url] = page
	}
	if firstA(before[pairs]) {
		t.Fatalf("the quiet pair b does not come first to begin with")
	}

	meeting := b.Meeting(wid("matchb"), wid("bob"), time.Now().AddDate(0, 0, -1), "confirmed")
	b.Update(meeting, map[string]any{"status": "held", "minutes_spent": 45})
	if page, _ := view(pairs); !firstA(page) {
		t.Errorf("pair b met yesterday and still comes first: the kept order was not forgotten")
	}
	if page, _ := view(report); page == before[report] {
		t.Errorf("the report did not change with a meeting held: the kept report was not forgotten")
	}
}
