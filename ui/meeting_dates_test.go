package ui_test

import (
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/tests"
)

// A meeting typed in 2040 is refused at once, with the days the programme takes beside the
// date, and the form keeps what was typed.
func TestAMeetingFarAheadIsRefusedBesideTheDate(t *testing.T) {
	t.Parallel()
	headers, factory := as(seedPairs, "sven")
	(&tests.ApiScenario{Name: "sven proposes a meeting on 2040-06-15", Method: http.MethodPost,
		URL:     "/matches/" + wid("matcha") + "/meetings",
		Body:    form(true, "date", "2040-06-15", "time", "18:00", "duration", "60", "mode", "phone", "agenda", "Career plan"),
		Headers: headers, TestAppFactory: factory, Timeout: 5 * time.Second, ExpectedStatus: 422,
		ExpectedContent: []string{`<p class="error" id="e-starts_at-new">Pick a date between `, `value="2040-06-15"`, "Career plan"},
		AfterTestFunc: func(t testing.TB, app *tests.TestApp, _ *http.Response) {
			if n, _ := app.CountRecords("meetings", dbx.HashExp{"agenda": "Career plan"}); n != 0 {
				t.Errorf("the meeting was saved")
			}
		}}).Test(t)
}

// An event stored in 2040 before dates were checked still leaves the calendar feed quick.
func TestTheCalendarFeedIsQuickWithAnEventStoredFarAhead(t *testing.T) {
	t.Parallel()
	app := seedPairs(t)
	program, err := app.FindFirstRecordByData("programs", "slug", "alumni")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := app.DB().Insert("events", dbx.Params{"id": wid("eventfar"), "program": program.Id, "kind": "kickoff",
		"title": "Reunion", "starts_at": "2040-06-15 16:00:00.000Z", "ends_at": "2040-06-15 18:00:00.000Z"}).Execute(); err != nil {
		t.Fatal(err)
	}
	done := make(chan string, 1)
	go func() {
		rec := do(newHandler(t, app), http.MethodGet, "/calendar/"+feedToken("sven")+".ics", nil, nil)
		body, _ := io.ReadAll(rec.Body)
		done <- string(body)
	}()
	select {
	case body := <-done:
		if !strings.Contains(body, "DTSTART;TZID=Europe/Paris:20400615T180000") {
			t.Errorf("the feed has no reunion at 18:00 in Paris:\n%s", body)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the feed is still being written after 5 s")
	}
}
