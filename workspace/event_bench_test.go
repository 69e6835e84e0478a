package workspace_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/mentorbase/mentorbase/apptest"
	"github.com/mentorbase/mentorbase/workspace"
)

// BenchmarkEventAnnouncement creates an event for a programme of 500 approved participants:
// the record hook queues 500 letters, each with its own invite, in the save's transaction,
// which holds the database's only writer meanwhile. It reports the SQL queries of one save.
func BenchmarkEventAnnouncement(b *testing.B) {
	app := apptest.New(b)
	app.Settings().Meta.AppURL = "https://mentor.example.org"
	coord := apptest.Build(b, app).Record("users", map[string]any{"email": "coord@example.org", "name": "Coord", "locale": "en", "password": "secret-pass-123"})
	now := time.Now().UTC()
	program := apptest.Build(b, app).Record("programs", map[string]any{"slug": "big", "name": "Big programme", "languages": []string{"fr", "en", "sv"},
		"timezone": "Europe/Paris", "matching_mode": "coordinated", "published": true, "coordinators": []string{coord.Id},
		"starts_at": now.AddDate(0, 0, -7), "ends_at": now.AddDate(0, 3, 0)})
	for i := range 500 {
		user := apptest.Build(b, app).Record("users", map[string]any{"email": fmt.Sprintf("p%d@example.org", i), "name": fmt.Sprintf("Person %d", i),
			"locale": []string{"en", "fr", "sv"}[i%3], "password": "secret-pass-123"})
		apptest.Build(b, app).Record("applications", map[string]any{"program": program.Id, "user": user.Id,
			"role": []string{"mentor", "mentee"}[i%2], "status": "approved"})
	}
	start := now.AddDate(0, 1, 0).Truncate(time.Hour)
	form := workspace.EventForm{Kind: "kickoff", Audience: "all", Location: "Aula", Start: start, End: start.Add(2 * time.Hour),
		Texts: map[string]workspace.EventText{"fr": {Title: "Lancement", Description: "Tous les binômes."}, "en": {Title: "Kickoff"}}}
	create := func() {
		if _, err := workspace.CreateEvent(app, coord.Id, program.Id, form); err != nil {
			b.Fatal(err)
		}
	}
	queries := len(apptest.Queries(app, create))
	for b.Loop() {
		create()
	}
	b.ReportMetric(float64(queries), "queries/op")
}
