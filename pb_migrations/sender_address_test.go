package pb_migrations_test

import (
	"testing"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/apptest"
)

// A database still sending from PocketBase's support@example.com sends, once migrated, from
// mentorbase at the Application URL's host; an address an admin chose stays.
func TestAFirstStartSendsFromMentorbase(t *testing.T) {
	for _, c := range []struct{ appURL, sender, want string }{
		{"http://localhost:8090", "support@example.com", "mentorbase@localhost.localdomain"},
		{"http://127.0.0.1:8090", "support@example.com", "mentorbase@localhost.localdomain"},
		{"https://mentoring.example.edu", "support@example.com", "mentorbase@mentoring.example.edu"},
		{"http://[::1]:8090", "support@example.com", "mentorbase@localhost.localdomain"},
		{"https://mentoring.example.edu", "mentoring@uni.example", "mentoring@uni.example"},
	} {
		settings := rerunOnSettings(t, "1764280000_sender_address.go", func(s *core.Settings) {
			s.Meta.AppURL, s.Meta.SenderAddress = c.appURL, c.sender
		})
		if got := settings.Meta.SenderAddress; got != c.want {
			t.Errorf("from %q at %s: sender %q, want %q", c.sender, c.appURL, got, c.want)
		}
	}
}

// A fresh application (PocketBase's defaults: Acme, Support <support@example.com>), migrated
// as on a first start, names itself and its sender mentorbase
// and sends from an address of its own: nothing of PocketBase's placeholders is left. apptest's
// template is such an app: a new data directory, every migration applied.
func TestAFreshAppHasTheProductsNameAndSender(t *testing.T) {
	app := apptest.New(t)
	meta := app.Settings().Meta
	if meta.AppName != "mentorbase" || meta.SenderName != "mentorbase" || meta.SenderAddress != "mentorbase@localhost.localdomain" {
		t.Errorf("fresh app: name %q, sender %q <%s>", meta.AppName, meta.SenderName, meta.SenderAddress)
	}
}
