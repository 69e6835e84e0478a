package ui_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/pocketbase/dbx"

	"github.com/mentorbase/mentorbase/content"
)

// When the privacy notice changes, the next visit asks for consent again, as for a new
// charter: /me says so with a link to the form, the form's box is unticked with a word why,
// and ticking it records the notice in force; then /me asks no more.
func TestConsentIsAskedAgainWhenThePrivacyNoticeChanges(t *testing.T) {
	t.Parallel()
	w := seedApplication(t, "coordinated")
	application := w.application(t, "eve", "mentor", nil)
	h, eve := newHandler(t, w.app), formHeaders(cookies(t, w.people["eve"]))
	edit := "/applications/" + application.Id + "/edit"
	banner := `id="consent-due-` + application.Id + `"`

	checkPage(t, "/me with a current consent", w.page(t, h, "eve", "/me"), nil, []string{banner})
	// The notice in force is newer than the one eve consented to (written without the hooks,
	// which would stamp the current version).
	if _, err := w.app.DB().Update("applications", dbx.Params{"consent_version": content.PrivacyNoticeVersion() - 1},
		dbx.HashExp{"id": application.Id}).Execute(); err != nil {
		t.Fatal(err)
	}
	checkPage(t, "/me after the notice changed", w.page(t, h, "eve", "/me"),
		[]string{banner, `href="` + edit + `#f-consent"`, say("en", "firststart.step.consent_again")}, nil)
	form := w.page(t, h, "eve", edit)
	checkPage(t, "the form after the notice changed", form, []string{`id="consent-due"`, `id="f-consent"`}, nil)
	tick := form[strings.Index(form, `id="f-consent"`):]
	if tick = tick[:strings.Index(tick, ">")]; strings.Contains(tick, "checked") {
		t.Errorf("the consent box is still ticked: %s", tick)
	}

	res := do(h, http.MethodPost, edit, post("organisation", "Acme", "city", "Paris", "area", "Paris",
		"languages", "en", "meeting_modes", "phone", "consent", "on", "capacity", "2"), eve)
	if res.Code != http.StatusSeeOther {
		t.Fatalf("consenting again: %d\n%s", res.Code, res.Body)
	}
	saved, _ := w.app.FindRecordById("applications", application.Id)
	if saved.GetInt("consent_version") != content.PrivacyNoticeVersion() {
		t.Errorf("consent_version %d, want %d", saved.GetInt("consent_version"), content.PrivacyNoticeVersion())
	}
	checkPage(t, "/me after consenting again", w.page(t, h, "eve", "/me"), nil, []string{banner, say("en", "firststart.step.consent_again")})
}
