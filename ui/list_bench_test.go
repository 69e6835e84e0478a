package ui_test

import (
	"github.com/mentorbase/mentorbase/apptest"
	"net/http"
	"testing"

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
		{"ExportPairs", "/coordinate/large/export/pairs.csv"},
		{"ExportApplications", "/coordinate/large/export/applications.csv"},
	} {
		b.Run(page.name, func(b *testing.B) {
			app, coord := largeWorld(b)
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
