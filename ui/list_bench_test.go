package ui_test

import (
	"fmt"
	"net/http"
	"testing"
	"time"

	"github.com/mentorbase/mentorbase/apptest"
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/tools/types"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"
)

// largeWorld is a programme of 10,000 applications (5,000 mentors, 5,000 mentees) and 5,000
// pairs with their meetings, and its coordinator.
func largeWorld(b *testing.B) (*tests.TestApp, *core.Record) {
	b.Helper()
	app := portalWorld(b, "large", func(tb testing.TB, app *tests.TestApp) {
		coord := apptest.Build(tb, app).Person("coord@example.org", "Camille Coord", "en")
		program := createProgram(tb, app, "large", "Large programme", true, coord.Id)
		fillLargeProgramme(tb, app, program.Id, 5000, 5000, 5000)
	})
	coord, err := app.FindAuthRecordByEmail("users", "coord@example.org")
	if err != nil {
		b.Fatal(err)
	}
	return app, coord
}

// BenchmarkCoordinatorPages serves each of the coordinator's pages of the large programme
// (README, "Coordinators' pages at scale"), b.N times.
func BenchmarkCoordinatorPages(b *testing.B) {
	for _, page := range []struct{ name, url string }{
		{"ApplicationsListFirstPage", "/coordinate/large/applications"},
		{"ApplicationsListLastPageFiltered", "/coordinate/large/applications?role=mentee&status=approved&language=sv&page=75"},
		{"ApplicationsListSearch", "/coordinate/large/applications?q=mentee+4999"},
		{"PairsListFirstPage", "/coordinate/large/pairs"},
		{"PairsListLastPage", "/coordinate/large/pairs?page=100"},
		{"Report", "/coordinate/large/report"},
		{"Events", "/coordinate/large/events"},
		{"Settings", "/coordinate/large/settings"},
		{"Support", "/coordinate/large/support"},
		{"Coordinate", "/coordinate"},
		{"ExportPairs", "/coordinate/large/export/pairs.csv"},
		{"ExportApplications", "/coordinate/large/export/applications.csv"},
	} {
		b.Run(page.name, func(b *testing.B) {
			app, coord := largeWorld(b)
			addLargeEvents(b, app)
			handler := newHandler(b, app)
			headers := map[string]string{"Cookie": cookies(b, coord)}
			for b.Loop() {
				if res := do(handler, http.MethodGet, page.url, nil, headers); res.Code != http.StatusOK {
					b.Fatalf("GET %s: %d", page.url, res.Code)
				}
			}
		})
	}
}

// addLargeEvents adds two events for every approved participant of the large programme and
// one answer from each of its first 500 approved participants, written straight into the
// database: saved through the hooks, they would queue thousands of letters.
func addLargeEvents(b *testing.B, app *tests.TestApp) {
	b.Helper()
	program, err := app.FindFirstRecordByData("programs", "slug", "large")
	if err != nil {
		b.Fatal(err)
	}
	var users []string
	if err := app.DB().NewQuery("SELECT user FROM applications WHERE program = {:p} AND status = 'approved' LIMIT 500").
		Bind(dbx.Params{"p": program.Id}).Column(&users); err != nil {
		b.Fatal(err)
	}
	start := time.Now().AddDate(0, 1, 0).UTC().Format(types.DefaultDateLayout)
	for i, id := range []string{"largeevent00001", "largeevent00002"} {
		if _, err := app.DB().Insert("events", dbx.Params{"id": id, "program": program.Id, "kind": "kickoff", "title": "Kickoff",
			"audience": "all", "status": "", "starts_at": start}).Execute(); err != nil {
			b.Fatal(err)
		}
		for j, user := range users {
			answer := []string{"coming", "not_coming"}[(i+j)%2]
			if _, err := app.DB().Insert("event_rsvps", dbx.Params{"id": fmt.Sprintf("rsvp%d%010d", i, j), "event": id, "user": user,
				"answer": answer}).Execute(); err != nil {
				b.Fatal(err)
			}
		}
	}
}
