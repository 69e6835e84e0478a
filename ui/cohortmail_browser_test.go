package ui_test

import (
	"fmt"
	"testing"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// TestJourneyCohortMail drives Chromium through a coordinator writing to the pairs without an
// agreement: she starts from the ready-made mid-programme text, sees the two people it
// reaches, previews it as Dee gets it in French (the HTML part in its frame, the text part
// below), double-clicks Send, and finds each of the two letters once in the sent log, in its
// reader's language. She then writes to every other segment, and its people, and only they,
// get the mail, each in their language.
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
	c.expectText("#cohort-preview-text", "Avez-vous déjà rencontré Cy Lastname")
	c.waitFor("the HTML part in its frame", `document.querySelector("#cohort-preview-frame").srcdoc.includes("Avez-vous déjà rencontré Cy Lastname")`)
	c.checkAxe("/coordinate/duo/mail/preview")
	c.idle()
	c.eval(`(() => { const send = document.querySelector("#cohort-send"); send.click(); send.click(); return true })()`)
	c.expectText("#cohort-log", "dee@example.org (fr)")
	c.expectText("#cohort-log", "cy@example.org (en)")
	c.checkAxe("/coordinate/duo/mail")
	if got := cohortLetters(t, app); len(got) != 2 || got["dee@example.org"] != "fr" || got["cy@example.org"] != "en" {
		t.Errorf("letters %v, want one to Dee in French and one to Cy in English", got)
	}

	for _, sc := range cohortSegments {
		if sc.segment == kernel.SegmentNoAgreement || sc.days == "3" {
			continue // sent above; the second number of days is the API test's
		}
		c.click(`#cohort-ready a[href$="ready=kickoff"]`)
		c.expectText("#f-body_en", "kickoff meeting")
		c.choose("#f-segment", sc.segment)
		if sc.days != "" {
			c.fill("#f-days", sc.days)
		}
		if sc.event != "" {
			c.choose("#f-event", wid(sc.event))
		}
		c.click("#cohort-send")
		c.expectText(".flash", fmt.Sprintf("on its way to %d people", len(sc.want)))
		checkSegmentLetters(t, sc, segmentLetters(t, app, sc.segment))
	}
}

// segmentLetters are the letters of the cohort mail sent to segment: the locale each
// recipient got it in.
func segmentLetters(t testing.TB, app core.App, segment string) map[string]string {
	t.Helper()
	mail, err := app.FindFirstRecordByData(kernel.CollectionCohortMails, "segment", segment)
	if err != nil {
		t.Fatalf("no mail to %s: %v", segment, err)
	}
	return cohortLetters(t, app, mail.Id)
}
