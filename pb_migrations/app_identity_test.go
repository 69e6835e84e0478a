package pb_migrations_test

import (
	"testing"

	"github.com/pocketbase/pocketbase/core"
)

// A database with PocketBase's placeholder names calls the application and its mail sender
// mentorbase once migrated, never Acme; a name an admin chose stays.
func TestAFirstStartIsNamedMentorbase(t *testing.T) {
	for _, c := range []struct{ app, sender, wantApp, wantSender string }{
		{"Acme", "Support", "mentorbase", "mentorbase"},
		{"Alumni mentoring", "Alumni team", "Alumni mentoring", "Alumni team"},
	} {
		settings := rerunOnSettings(t, "1764210300_app_identity.go", func(s *core.Settings) {
			s.Meta.AppName, s.Meta.SenderName = c.app, c.sender
		})
		if meta := settings.Meta; meta.AppName != c.wantApp || meta.SenderName != c.wantSender {
			t.Errorf("from %q/%q: app %q, sender %q", c.app, c.sender, meta.AppName, meta.SenderName)
		}
	}
}
