package ui_test

import (
	"fmt"
	"net/http"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/apptest"
)

// pageQueries is the number of SQL queries of one GET of url by person, which must answer 200.
func pageQueries(t *testing.T, app core.App, person *core.Record, url string) int {
	t.Helper()
	handler := newHandler(t, app)
	headers := map[string]string{"Cookie": cookies(t, person)}
	var status int
	n := len(apptest.Queries(app, func() { status = do(handler, http.MethodGet, url, nil, headers).Code }))
	if status != http.StatusOK {
		t.Fatalf("GET %s: %d", url, status)
	}
	return n
}

// The coordinators' support list reads the askers together, however many requests it lists:
// ten people asking would otherwise cost twenty more queries.
func TestTheSupportListQueriesDoNotGrowWithItsRequests(t *testing.T) {
	t.Parallel()
	app := newApp(t)
	b := apptest.Build(t, app)
	coord := b.Person("coord@example.org", "Camille Coord", "en")
	program := createProgram(t, app, "alumni", "Alumni mentoring", true, coord.Id)
	for i := range 10 {
		asker := b.Person(fmt.Sprintf("asker%d@example.org", i), fmt.Sprintf("Asker %d", i), "en")
		if i%5 != 0 {
			b.Application(program.Id, asker.Id, "mentee", "approved")
		}
		b.Record("support_requests", map[string]any{"user": asker.Id, "program": program.Id,
			"topic": "other", "body": "A question", "status": "open"})
	}
	n := pageQueries(t, app, coord, "/coordinate/alumni/support")
	t.Logf("the support list of 10 requests: %d queries", n)
	const ceiling = 14
	if n > ceiling {
		t.Errorf("the support list of 10 requests sent %d queries, more than %d", n, ceiling)
	}
}

// My mentoring reads the charters of the person's programmes together, however many they
// applied to.
func TestMyMentoringQueriesDoNotGrowWithTheApplications(t *testing.T) {
	t.Parallel()
	app := newApp(t)
	b := apptest.Build(t, app)
	person := b.Person("marie@example.org", "Marie", "en")
	for i := range 6 {
		program := createProgram(t, app, fmt.Sprintf("programme-%d", i), fmt.Sprintf("Programme %d", i), true)
		charter := b.Charter(program.Id, 1, time.Now().Add(-time.Hour), map[string]any{"body_en": "Be kind."})
		if i%2 == 0 {
			b.Acceptance(person.Id, charter.Id, "mentee", time.Now())
		}
		b.Application(program.Id, person.Id, "mentee", "submitted")
	}
	n := pageQueries(t, app, person, "/me")
	t.Logf("my mentoring with 6 applications: %d queries", n)
	const ceiling = 9
	if n > ceiling {
		t.Errorf("my mentoring with 6 applications sent %d queries, more than %d", n, ceiling)
	}
}

// Each coordinator's page of a programme of 150 applications, 70 pairs, an event with
// answers and support requests reads a fixed number of queries, the sign-in included, on its
// first view (nothing kept yet): the lists read a page with what it shows in one query.
func TestTheCoordinatorPagesQueriesArePinned(t *testing.T) {
	t.Parallel()
	app := newApp(t)
	b := apptest.Build(t, app)
	coord := b.Person("coord@example.org", "Camille Coord", "en")
	program := createProgram(t, app, "large", "Large programme", true, coord.Id)
	fillLargeProgramme(t, app, program.Id, 70, 80, 70)
	event := b.Event(program.Id, "kickoff", "Kickoff", time.Now().AddDate(0, 1, 0), nil)
	for i, id := range []string{"mtee00000000001", "mtor00000000000"} {
		b.Record("event_rsvps", map[string]any{"event": event.Id, "user": id, "answer": []string{"coming", "not_coming"}[i]})
		b.Record("support_requests", map[string]any{"user": id, "program": program.Id, "topic": "other", "body": "A question",
			"status": "open"})
	}
	handler := newHandler(t, app)
	headers := map[string]string{"Cookie": cookies(t, coord)}
	for _, c := range []struct {
		url     string
		ceiling int
	}{
		{"/coordinate", 2},
		{"/coordinate/large/applications", 4},
		{"/coordinate/large/applications?role=mentee&status=approved&language=sv&page=2", 4},
		{"/coordinate/large/pairs", 4},
		{"/coordinate/large/pairs?status=closed", 4},
		{"/coordinate/large/events", 5},
		{"/coordinate/large/report", 27}, // one per evaluation question and a few more, then kept
		{"/coordinate/large/settings", 2},
		{"/coordinate/large/support", 5},
	} {
		var status int
		n := len(apptest.Queries(app, func() { status = do(handler, http.MethodGet, c.url, nil, headers).Code }))
		t.Logf("%s: %d queries", c.url, n)
		if status != http.StatusOK {
			t.Errorf("GET %s: %d", c.url, status)
		}
		if n > c.ceiling {
			t.Errorf("%s sent %d queries, more than %d", c.url, n, c.ceiling)
		}
	}
}
