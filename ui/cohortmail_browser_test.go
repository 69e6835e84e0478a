package ui_test

import (
	"testing"
)

// TestJourneyCohortMail drives Chromium through a coordinator writing to the pairs without an
// agreement: she starts from the ready-made mid-programme text, sees the two people it
// reaches, previews it as Dee reads it in French, double-clicks Send, and finds each of
// the two letters once in the sent log, in its reader's language.
func TestJourneyCohortMail(t *testing.T) {
	t.Parallel()
	app := cohortWorld(t)
	b := startBrowser(t, app)
	c := b.window()
	c.signIn("claire@example.org", "/coordinate/duo/applications", "en", "Applications to Duo")
	c.click("#cohort-mail-link")
	c.expectHeading("en", "Write to the cohort of Duo")
	c.click(`#cohort-ready a[href$="ready=midpoint"]`)
	c.expectText("#f-body_fr", "Avez-vous déjà rencontré {partner_name}")
	c.choose("#f-segment", "no_agreement")
	c.click("#cohort-preview-button")
	c.expectText("#cohort-recipients-heading", "Recipients: 2")
	c.expectText("#cohort-recipients", "Dee Lastname (with Cy Lastname)")
	c.choose("#f-preview_for", wid("dee"))
	c.click("#cohort-preview-button")
	c.expectText("#cohort-preview", "Duo FR : À mi-parcours")
	c.expectText("#cohort-preview", "Avez-vous déjà rencontré Cy Lastname")
	c.checkAxe("/coordinate/duo/mail/preview")
	c.idle()
	c.eval(`(() => { const send = document.querySelector("#cohort-send"); send.click(); send.click(); return true })()`)
	c.expectText("#cohort-log", "dee@example.org (fr)")
	c.expectText("#cohort-log", "cy@example.org (en)")
	c.checkAxe("/coordinate/duo/mail")
	if got := cohortLetters(t, app); len(got) != 2 || got["dee@example.org"] != "fr" || got["cy@example.org"] != "en" {
		t.Errorf("letters %v, want one to Dee in French and one to Cy in English", got)
	}
}
