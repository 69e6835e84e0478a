package pb_migrations_test

import (
	"testing"
	"time"

	"github.com/mentorbase/mentorbase/apptest"
	"github.com/mentorbase/mentorbase/pb_migrations"
)

// Programmes saved before previous_run existed are linked once by their address without its
// year: each to the one with the same stem that started last before it; a programme with
// another stem, or none started before, stays unlinked, and a link already set is kept.
func TestPreviousRunsAreLinkedByTheirAddressOnce(t *testing.T) {
	app := apptest.New(t)
	b := apptest.Build(t, app)
	start := time.Date(2026, 9, 1, 8, 0, 0, 0, time.UTC)
	ids := map[string]string{}
	for _, p := range []struct {
		slug  string
		years int
	}{{"alumni", -2}, {"alumni-2025", -1}, {"alumni-2026", 0}, {"alumnae-2025", -1}, {"campus-2026", 0}, {"campus-2", -3}} {
		ids[p.slug] = b.Record("programs", map[string]any{"slug": p.slug, "name": p.slug, "languages": []string{"en"},
			"timezone": "Europe/Paris", "matching_mode": "coordinated", "starts_at": start.AddDate(p.years, 0, 0)}).Id
	}
	b.Record("programs", map[string]any{"slug": "kept-2026", "name": "kept", "languages": []string{"en"},
		"timezone": "Europe/Paris", "matching_mode": "coordinated", "starts_at": start, "previous_run": ids["alumni"]})
	b.Record("programs", map[string]any{"slug": "kept-2025", "name": "kept before", "languages": []string{"en"},
		"timezone": "Europe/Paris", "matching_mode": "coordinated", "starts_at": start.AddDate(-1, 0, 0)})
	if err := pb_migrations.LinkPreviousRuns(app); err != nil {
		t.Fatal(err)
	}
	for slug, want := range map[string]string{"alumni-2026": ids["alumni-2025"], "alumni-2025": ids["alumni"], "alumni": "",
		"alumnae-2025": "", "campus-2026": ids["campus-2"], "kept-2026": ids["alumni"]} {
		p, err := app.FindFirstRecordByData("programs", "slug", slug)
		if err != nil {
			t.Fatal(err)
		}
		if got := p.GetString("previous_run"); got != want {
			t.Errorf("%s: previous run %q, want %q", slug, got, want)
		}
	}
}
