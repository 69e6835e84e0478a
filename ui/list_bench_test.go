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

// benchmarkPage serves url to the coordinator of the large programme, b.N times.
func benchmarkPage(b *testing.B, url string) {
	app, coord := largeWorld(b)
	handler := newHandler(b, app)
	headers := map[string]string{"Cookie": cookies(b, coord)}
	for b.Loop() {
		if res := do(handler, http.MethodGet, url, nil, headers); res.Code != http.StatusOK {
			b.Fatalf("GET %s: %d", url, res.Code)
		}
	}
}

func BenchmarkApplicationsListFirstPage(b *testing.B) {
	benchmarkPage(b, "/coordinate/large/applications")
}

func BenchmarkApplicationsListLastPageFiltered(b *testing.B) {
	benchmarkPage(b, "/coordinate/large/applications?role=mentee&status=approved&language=sv&page=75")
}

func BenchmarkApplicationsListSearch(b *testing.B) {
	benchmarkPage(b, "/coordinate/large/applications?q=mentee+4999")
}

func BenchmarkPairsListFirstPage(b *testing.B) {
	benchmarkPage(b, "/coordinate/large/pairs")
}

func BenchmarkPairsListLastPage(b *testing.B) {
	benchmarkPage(b, "/coordinate/large/pairs?page=100")
}

func BenchmarkReport(b *testing.B) {
	benchmarkPage(b, "/coordinate/large/report")
}

func BenchmarkExportPairs(b *testing.B) {
	benchmarkPage(b, "/coordinate/large/export/pairs.csv")
}

func BenchmarkExportApplications(b *testing.B) {
	benchmarkPage(b, "/coordinate/large/export/applications.csv")
}
