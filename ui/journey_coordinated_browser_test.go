package ui_test

import (
	"strconv"
	"testing"

	"github.com/pocketbase/dbx"
)

// TestJourneyCoordinated drives Chromium through a coordinated programme: a French mentee and
// an English mentor apply through the pages next to already approved Swedish applicants; the
// Swedish coordinator computes a proposal, locks one pair, excludes the other and publishes.
// The published pair see each other with contact details and were mailed in their language;
// the excluded pair stay unpublished and unmailed.
func TestJourneyCoordinated(t *testing.T) {
	t.Parallel()
	w := seedJourney(t)
	w.person(t, "sven", "Sven Samordnare", "sv", "")
	w.person(t, "bea", "Bea Blanc", "fr", "06 98 76 54 32")
	w.person(t, "max", "Max Miller", "en", "07 12 34 56 78")
	w.person(t, "nils", "Nils Nord", "sv", "070 222 33 44")
	w.person(t, "liv", "Liv Lund", "sv", "070 555 66 77")
	program := w.program(t, "binome", "Binôme", "coordinated", "sven")
	w.applied(t, "nils", program, "mentee", map[string]any{"development_areas": []string{w.tags["finance"]},
		"languages": []string{"sv"}, "area": "Nord"})
	w.applied(t, "liv", program, "mentor", map[string]any{"skills": []string{w.tags["finance"]},
		"languages": []string{"sv"}, "area": "Nord", "capacity": 1})
	b := startBrowser(t, w.app)

	bea := b.window()
	bea.signIn("bea@example.org", "/programs/binome", "fr", "Binôme")
	bea.applyAs("mentee", "fr", "La charte du programme", "Trouver un mentor")
	bea.fill("#f-study_programme", "Licence Économie")
	bea.choose("#f-area", "Nord")
	bea.click(`input[name="languages"][value="fr"]`)
	bea.click(`input[name="meeting_modes"][value="video"]`)
	bea.click(`input[name="development_areas"][value="` + w.tags["leadership"] + `"]`)
	bea.click("#f-consent")
	bea.click("#apply-submit")
	bea.expectHeading("fr", "Mon mentorat")
	bea.expectText(".flash", "Nous avons bien reçu votre candidature")

	max := b.window()
	max.signIn("max@example.org", "/programs/binome", "en", "Binôme")
	max.applyAs("mentor", "en", "The programme's charter", "Become a mentor")
	max.fill("#f-organisation", "Miller & Co")
	max.choose("#f-area", "Nord")
	max.click(`input[name="languages"][value="fr"]`)
	max.click(`input[name="languages"][value="en"]`)
	max.click(`input[name="meeting_modes"][value="video"]`)
	max.click(`input[name="skills"][value="` + w.tags["leadership"] + `"]`)
	max.fill("#f-capacity", "1")
	max.click("#f-consent")
	max.click("#apply-submit")
	max.expectHeading("en", "My mentoring")

	sven := b.window()
	sven.signIn("sven@example.org", "/coordinate/binome/matching", "sv", "Matchning: Binôme")
	sven.expectText("#count-mentees", "2")
	sven.expectText("#count-seats", "2")
	sven.expectText("#console-no-drafts", "Inget förslag ännu")
	sven.click("#console-compare-run")
	sven.expectText("#compare-fairest", "Rättvisast")
	sven.click("#objective-fairest")
	sven.click("#console-run")
	sven.expectText("#console-run-status", "Det är bevisat rättvisast")
	published := w.pairOf(t, w.application(t, "bea", program), w.application(t, "max", program))
	excluded := w.pairOf(t, w.apps["nils"], w.apps["liv"])
	sven.expectText("#pair-"+published.Id, "Max Miller")
	sven.expectText("#pair-"+excluded.Id, "Liv Lund")
	sven.expectText("#pair-"+published.Id+" .score-badge", strconv.Itoa(published.GetInt("score"))+"/100")
	if published.GetInt("score") == 0 {
		t.Error("the proposed pair sharing a development area and a language scored 0")
	}
	sven.click("#lock-" + published.Id)
	sven.expectText("#pair-"+published.Id, "Låst")
	sven.click("#exclude-" + excluded.Id)
	sven.expectText("#pair-"+excluded.Id+".excluded", "Utesluten")
	sven.expectText("#console-publish-form", "Jag förstår att medlemmarna i de föreslagna paren (1) får besked")
	sven.click("#publish-confirm")
	sven.click("#console-publish")
	sven.expectText("#console-published", "Publicerat: 1 par är aktiva")
	sven.expectText("#active-"+published.Id, "Bea Blanc")
	sven.expectAbsent("#console-active", "Nils Nord")

	for _, mail := range []struct{ to, locale string }{{"bea@example.org", "fr"}, {"max@example.org", "en"}} {
		m := queuedMail(t, w.app, "match_published", mail.to)
		if m.GetString("locale") != mail.locale || m.GetString("related_id") != published.Id {
			t.Errorf("match mail to %s: locale %q, about %q; want %s, %s", mail.to, m.GetString("locale"),
				m.GetString("related_id"), mail.locale, published.Id)
		}
	}
	for _, to := range []string{"nils@example.org", "liv@example.org"} {
		if n, _ := w.app.CountRecords("outbox", dbx.HashExp{"kind": "match_published", "to": to}); n != 0 {
			t.Errorf("%s of the excluded pair was mailed %d match mails", to, n)
		}
	}

	bea.open("/me")
	bea.expectText("#match-"+published.Id, "Max Miller")
	bea.expectText("#match-"+published.Id, "max@example.org")
	bea.expectText("#match-"+published.Id, "07 12 34 56 78")
	max.open("/me")
	max.expectText("#match-"+published.Id, "Bea Blanc")
	max.expectText("#match-"+published.Id, "bea@example.org")
	max.click(`#match-` + published.Id + ` a[href="/matches/` + published.Id + `"]`)
	max.expectText("#partner", "Bea Blanc")
	max.expectText("#partner", "06 98 76 54 32")
}
