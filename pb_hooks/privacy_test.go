package pb_hooks_test

import (
	"testing"
	"time"

	"github.com/mentorbase/mentorbase/apptest"
	"github.com/mentorbase/mentorbase/content"
)

// An application's consent is stamped by the server with the privacy notice's version and
// its time, whatever the client sends; saving again keeps the stamp, withdrawing consent
// clears it.
func TestConsentIsStampedWithTheNoticeVersion(t *testing.T) {
	app := apptest.New(t)
	b := apptest.Build(t, app)
	ada := b.Person("ada@example.org", "Ada", "en")
	program := b.Programme("alumni", "Alumni")
	before := time.Now().Add(-time.Second)
	a := b.Application(program.Id, ada.Id, "mentee", "submitted", map[string]any{
		"consent": true, "consent_version": 99, "consented_at": time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)})
	a, _ = app.FindRecordById("applications", a.Id)
	stamped := a.GetDateTime("consented_at").Time()
	if a.GetInt("consent_version") != content.PrivacyNoticeVersion() || content.PrivacyNoticeVersion() < 1 || stamped.Before(before) {
		t.Fatalf("consent stamped %d at %s, want version %d now", a.GetInt("consent_version"), stamped, content.PrivacyNoticeVersion())
	}
	a = b.Update(a, map[string]any{"city": "Lille", "consented_at": time.Now().AddDate(1, 0, 0)})
	if !a.GetDateTime("consented_at").Time().Equal(stamped) {
		t.Errorf("saving again moved the consent to %s", a.GetDateTime("consented_at"))
	}
	a = b.Update(a, map[string]any{"consent": false})
	if a.GetInt("consent_version") != 0 || !a.GetDateTime("consented_at").IsZero() {
		t.Errorf("withdrawn consent keeps version %d at %s", a.GetInt("consent_version"), a.GetDateTime("consented_at"))
	}
}
