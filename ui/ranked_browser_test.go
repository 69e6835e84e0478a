package ui_test

import (
	"testing"

	"github.com/pocketbase/dbx"
)

// TestBrowserARankedRequestPassesOn: Mia, in French, asks Ada then Bo with one message; Ada,
// in Swedish, declines from her invitation page; the request goes on to Bo at once, with
// the e-mails, and Mia's page says where it stands.
func TestBrowserARankedRequestPassesOn(t *testing.T) {
	t.Parallel()
	w := seedMatching(t)
	allowRanked(3)(t, w)
	browser := startBrowser(t, w.app)
	mia := browser.window()
	mia.signIn("mia@example.org", "/programs/open-mentors/mentors", "fr", "Les mentors de Open Mentors")
	mia.click("#ranked-link a")
	mia.expectHeading("fr", "Solliciter plusieurs mentors par ordre de préférence")
	mia.choose("#f-choice_1", mwApp("ada"))
	mia.choose("#f-choice_2", mwApp("bo"))
	mia.typeInto("#f-message", "J'aimerais apprendre à diriger une équipe.")
	mia.click("#ranked-submit")
	mia.expectText(".flash", "Votre demande est envoyée à votre premier choix.")
	mia.expectText("#ranked-steps", "Bo Banker — ensuite, si besoin")

	ada := browser.window()
	ada.signIn("ada@example.org", "/me", "sv", "Mitt mentorskap")
	ada.click("#received-heading + ul a")
	ada.typeInto("#f-reason", "Ingen tid i höst.")
	ada.click("#invitation-decline")
	ada.expectText("#invitation-status", "Avböjd")

	mia.open("/me")
	mia.expectText("#ranked-steps", "Ada Mentor — a décliné")
	mia.expectText("#ranked-steps", "Bo Banker — sollicité en ce moment")
	for _, mail := range []struct{ kind, to string }{
		{"invitation", "ada@example.org"}, {"invitation", "bo@example.org"}, {"ranked_passed", "mia@example.org"},
	} {
		if n, _ := w.app.CountRecords("outbox", dbx.HashExp{"kind": mail.kind, "to": mail.to}); n != 1 {
			t.Errorf("%d %s e-mails to %s, want 1", n, mail.kind, mail.to)
		}
	}
	// The request form reflows at 320 px in the three languages and passes axe-core.
	mia.checkReflow("/programs/open-mentors/ranked")
}
