package ui_test

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/pocketbase/dbx"

	"github.com/mentorbase/mentorbase/apptest"
	"github.com/mentorbase/mentorbase/workspace"
)

// The events page counts each event's invitees and the answers of those still invited,
// whatever the audience, in a number of queries that does not grow with the answers.
func TestEventCountsLeaveOutAnswersFromOutsideTheAudience(t *testing.T) {
	t.Parallel()
	app := seedEventWorld(t)
	alumni, err := app.FindFirstRecordByData("programs", "slug", "alumni")
	if err != nil {
		t.Fatal(err)
	}
	b := apptest.Build(t, app)
	paired := b.Event(alumni.Id, "workshop", "Binômes", eventKickoff.AddDate(0, 0, 14), map[string]any{"audience": "paired",
		"ends_at": eventKickoff.AddDate(0, 0, 14).Add(time.Hour)})
	answer := func(event, person, answer string) {
		b.Record("event_rsvps", map[string]any{"event": event, "user": findPerson(t, app, person).Id, "answer": answer})
	}
	coord := findPerson(t, app, "coord")
	handler := newHandler(t, app)
	headers := map[string]string{"Cookie": cookies(t, coord)}
	// A first page reads who signs in, which the following pages remember (auth_cache.go); it
	// is another page, so that both views of the events page count what they read (answers
	// forget the counts kept between views).
	do(handler, http.MethodGet, "/coordinate", nil, headers)
	before := len(apptest.Queries(app, func() { do(handler, http.MethodGet, "/coordinate/alumni/events", nil, headers) }))
	answer(wid("kickoff"), "marie", "coming")
	answer(wid("kickoff"), "sven", "not_coming")
	answer(wid("mentorsws"), "marie", "coming")
	answer(paired.Id, "sven", "not_coming")
	answer(paired.Id, "bea", "coming")
	// bob and bea's pair ends: bea is no longer invited to the pairs' workshop, nor counted.
	if _, err := app.DB().Update("matches", dbx.Params{"status": "closed"}, dbx.HashExp{"id": wid("matchb")}).Execute(); err != nil {
		t.Fatal(err)
	}
	events, err := app.FindAllRecords("events")
	if err != nil {
		t.Fatal(err)
	}
	counts, err := workspace.EventCounts(app, alumni, events)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		event string
		want  workspace.EventCount
	}{
		{wid("kickoff"), workspace.EventCount{Invited: 4, Coming: 1, NotComing: 1}},
		{wid("mentorsws"), workspace.EventCount{Invited: 2, Coming: 1}},
		{paired.Id, workspace.EventCount{Invited: 2, NotComing: 1}},
	} {
		if counts[c.event] != c.want {
			t.Errorf("%s: %+v, want %+v", c.event, counts[c.event], c.want)
		}
	}
	after := len(apptest.Queries(app, func() { do(handler, http.MethodGet, "/coordinate/alumni/events", nil, headers) }))
	t.Logf("the events page: %d queries", after)
	if after != before || after > 12 {
		t.Errorf("the events page read %d queries without answers and %d with, want the same and at most 12", before, after)
	}
}

// The events page keeps its counts and forgets them at once when an answer comes through the
// REST API: the next view counts it.
func TestEventCountsShowAnAnswerThroughTheRESTAPIAtOnce(t *testing.T) {
	t.Parallel()
	app := seedEventWorld(t)
	handler := newHandler(t, app)
	page := map[string]string{"Cookie": cookies(t, findPerson(t, app, "coord"))}
	coming := func() (string, int) {
		t.Helper()
		var body string
		n := len(apptest.Queries(app, func() { body = do(handler, http.MethodGet, "/coordinate/alumni/events", nil, page).Body.String() }))
		row := body[strings.Index(body, `id="event-`+wid("kickoff")+`"`):]
		row = row[strings.Index(row, `class="count-coming"`):]
		return row[:strings.Index(row, "</td>")], n
	}
	before, first := coming()
	if _, again := coming(); again >= first {
		t.Errorf("the second view sent %d queries, the first %d: the counts were not kept", again, first)
	}
	token, err := findPerson(t, app, "sven").NewAuthToken()
	if err != nil {
		t.Fatal(err)
	}
	body := `{"event": "` + wid("kickoff") + `", "user": "` + wid("sven") + `", "answer": "coming"}`
	res := do(handler, http.MethodPost, "/api/collections/event_rsvps/records", strings.NewReader(body),
		map[string]string{"Authorization": token, "Content-Type": "application/json"})
	if res.Code != http.StatusOK {
		t.Fatalf("the answer through the REST API: %d %s", res.Code, res.Body)
	}
	if after, _ := coming(); before != `class="count-coming">0` || after != `class="count-coming">1` {
		t.Errorf("coming before the answer %q, after %q: want 0 then 1", before, after)
	}
}
