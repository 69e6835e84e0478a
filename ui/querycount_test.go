package ui_test

import (
	"fmt"
	"net/http"
	"testing"

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
	app := newApp(t)
	coord := createUser(t, app, "coord@example.org", "Camille Coord", "en")
	program := createProgram(t, app, "alumni", "Alumni mentoring", true, coord.Id)
	for i := range 10 {
		asker := createUser(t, app, fmt.Sprintf("asker%d@example.org", i), fmt.Sprintf("Asker %d", i), "en")
		if i%5 != 0 {
			saveRecord(t, app, "applications", map[string]any{"program": program.Id, "user": asker.Id, "role": "mentee", "status": "approved"})
		}
		saveRecord(t, app, "support_requests", map[string]any{"user": asker.Id, "program": program.Id,
			"topic": "other", "body": "A question", "status": "open"})
	}
	n := pageQueries(t, app, coord, "/coordinate/alumni/support")
	t.Logf("the support list of 10 requests: %d queries", n)
	const ceiling = 14
	if n > ceiling {
		t.Errorf("the support list of 10 requests sent %d queries, more than %d", n, ceiling)
	}
}
