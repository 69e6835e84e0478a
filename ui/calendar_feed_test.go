package ui_test

import (
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/emersion/go-ical"
	"github.com/pocketbase/pocketbase/tests"
)

func TestCalendarFeedNeedsOnlyItsToken(t *testing.T) {
	t.Parallel()
	headers, factory := as(seedPairs, "visitor")
	(&tests.ApiScenario{Name: "unknown token", Method: http.MethodGet, URL: "/calendar/" + feedToken("nobody") + ".ics",
		Headers: headers, TestAppFactory: factory, ExpectedStatus: 404, ExpectedContent: []string{"Page not found"}}).Test(t)

	headers, factory = as(seedPairs, "visitor")
	(&tests.ApiScenario{Name: "a known token without a session gives the user's meetings only", Method: http.MethodGet,
		URL: "/calendar/" + feedToken("marie") + ".ics", Headers: headers, TestAppFactory: factory, ExpectedStatus: 200,
		ExpectedContent:    []string{"UID:meeting-" + wid("meetinga") + "@portal.test"},
		NotExpectedContent: []string{wid("meetingb")},
		AfterTestFunc: func(t testing.TB, _ *tests.TestApp, res *http.Response) {
			if ct := res.Header.Get("Content-Type"); ct != "text/calendar; charset=utf-8" {
				t.Errorf("Content-Type = %q", ct)
			}
		}}).Test(t)
}

// TestCalendarFeedParses reads the feed through the whole router and decodes it with go-ical.
func TestCalendarFeedParses(t *testing.T) {
	t.Parallel()
	app := seedPairs(t)
	rec := do(newHandler(t, app), http.MethodGet, "/calendar/"+feedToken("bea")+".ics", nil, nil)
	body, _ := io.ReadAll(rec.Body)
	if rec.Code != 200 {
		t.Fatalf("status %d", rec.Code)
	}
	cal, err := ical.NewDecoder(strings.NewReader(string(body))).Decode()
	if err != nil {
		t.Fatalf("feed does not parse: %v", err)
	}
	meetings := 0
	for _, e := range cal.Events() {
		if kind, _ := e.Props.Text(ical.PropCategories); kind == "meeting" {
			meetings++
			if uid, _ := e.Props.Text(ical.PropUID); uid != "meeting-"+wid("meetingb")+"@portal.test" {
				t.Errorf("bea's feed holds %s", uid)
			}
		}
	}
	if meetings != 1 {
		t.Errorf("want bea's one meeting, got %d", meetings)
	}
}
