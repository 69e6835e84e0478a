package ui_test

import (
	"github.com/mentorbase/mentorbase/apptest"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/tests"
)

// seedSettings is the settings pages' world: "nordic", a Stockholm programme in Swedish and
// English run by coord; "elsewhere", run by othercoord; marie and sven, a mentee and a
// mentor of nordic, and two more mentees, one in an area no mentor covers.
func seedSettings(t testing.TB) *tests.TestApp {
	t.Helper()
	return portalWorld(t, "settings", func(t testing.TB, app *tests.TestApp) {
		for _, p := range [][2]string{{"coord", "en"}, {"othercoord", "en"}, {"marie", "en"}, {"sven", "sv"}, {"lea", "fr"}, {"nils", "sv"}} {
			saveWith(t, app, "users", p[0], map[string]any{"email": p[0] + "@example.org", "name": p[0] + " Person",
				"locale": p[1], "verified": true, "password": password})
		}
		nordic := createProgram(t, app, "nordic", "Nordic mentoring", true, wid("coord"))
		nordic.Load(map[string]any{"languages": []string{"sv", "en"}, "timezone": "Europe/Stockholm",
			"name_sv": "Nordiskt mentorskap", "summary_sv": "Mentorskap i Norden.", "areas": []string{"Stockholm", "Remote"},
			"area_labels":          map[string]any{"Remote": map[string]string{"sv": "På distans", "fr": "À distance"}},
			"applications_open_at": time.Date(2031, 1, 10, 8, 0, 0, 0, time.UTC), "applications_close_at": time.Date(2031, 2, 10, 16, 30, 0, 0, time.UTC),
			"starts_at": time.Date(2031, 3, 1, 16, 30, 0, 0, time.UTC), "midpoint_at": time.Date(2031, 6, 1, 15, 30, 0, 0, time.UTC),
			"ends_at": time.Date(2031, 10, 1, 15, 30, 0, 0, time.UTC)})
		apptest.Build(t, app).Save(nordic)
		saveWith(t, app, "tags", "tagfika", map[string]any{"program": nordic.Id, "kind": "skill", "key": "fika",
			"label_en": "Coffee breaks", "label_sv": "Fikapauser"})
		saveWith(t, app, "charters", "charter1", map[string]any{"program": nordic.Id, "version": 1,
			"body_sv": "Vi ses varje månad.", "body_en": "We meet monthly.", "published_at": time.Now().Add(-time.Hour)})
		saveWith(t, app, "charter_acceptances", "acceptmarie", map[string]any{"user": wid("marie"), "charter": wid("charter1"),
			"role": "mentee", "accepted_at": time.Now()})
		// 17:30 in Stockholm the day before summer time starts in 2031; a year later that day
		// is already in summer time.
		saveWith(t, app, "events", "kickoff", map[string]any{"program": nordic.Id, "kind": "kickoff", "title": "Kickoff",
			"starts_at": time.Date(2031, 3, 29, 16, 30, 0, 0, time.UTC), "location": "Kulturhuset"})
		createProgram(t, app, "elsewhere", "Elsewhere mentoring", true, wid("othercoord"))
		for _, a := range []struct{ person, role, area string }{
			{"sven", "mentor", "Stockholm"}, {"marie", "mentee", "Stockholm"}, {"lea", "mentee", "Remote"}, {"nils", "mentee", "Stockholm"},
		} {
			saveWith(t, app, "applications", "app"+a.person, map[string]any{"program": nordic.Id, "user": wid(a.person),
				"role": a.role, "status": "approved", "area": a.area, "languages": []string{"sv"}, "meeting_modes": []string{"video"},
				"consent": true, "capacity": 2})
		}
	})
}
