package ui_test

import (
	"regexp"
	"testing"
	"time"
)

// rsvpPath finds the answer link in an invitation's text.
var rsvpPath = regexp.MustCompile(`/events/[a-z0-9]+/rsvp\?[^\s]+`)

// TestJourneyProgrammeEvent drives Chromium through a programme event: the coordinator, in
// French, creates the kickoff in the programme's zone with a French and a Swedish title; both
// participants are e-mailed the invitation; the mentee opens her e-mail's link without
// signing in, reads it in Swedish and says she is coming; the coordinator's list counts it.
func TestJourneyProgrammeEvent(t *testing.T) {
	t.Parallel()
	w := seedJourney(t)
	w.person(t, "camille", "Camille Roux", "fr", "06 11 22 33 44")
	w.person(t, "saga", "Saga Ström", "sv", "070 999 88 77")
	w.person(t, "hugo", "Hugo Morel", "fr", "06 33 22 11 00")
	program := w.program(t, "atelier", "Atelier", "coordinated", "camille")
	w.applied(t, "saga", program, "mentee", nil)
	w.applied(t, "hugo", program, "mentor", nil)
	paris, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		t.Fatal(err)
	}
	day := program.GetDateTime("starts_at").Time().In(paris).Format(time.DateOnly)
	b := startBrowser(t, w.app)

	camille := b.window()
	camille.signIn("camille@example.org", "/coordinate/atelier/events", "fr", "Événements de Atelier")
	camille.click("#event-new")
	camille.expectHeading("fr", "Nouvel événement")
	camille.fill("#f-starts_at", day+"T18:00")
	camille.fill("#f-ends_at", day+"T20:00")
	camille.fill("#f-location", "Amphi B")
	camille.fill("#f-title_fr", "Soirée de lancement")
	camille.fill("#f-title_sv", "Uppstartskväll")
	camille.click("#event-save")
	camille.expectText(".flash", "L'événement est enregistré")
	camille.expectText("#events-table", day+" 18:00–20:00")
	camille.expectText("#events-table .count-invited", "2")

	mail := queuedMail(t, w.app, "event_announced", "saga@example.org")
	link := rsvpPath.FindString(mail.GetString("text"))
	if link == "" || mail.GetString("ics_method") != "REQUEST" {
		t.Fatalf("the invitation has no answer link or invite:\n%s", mail.GetString("text"))
	}
	saga := b.window()
	saga.open(link) // in her language, though her browser asks for English
	saga.expectHeading("sv", "Uppstartskväll")
	saga.click(`button[name="answer"][value="coming"]`)
	saga.expectText(".flash", "Tack: du kommer.")
	saga.expectText(".event-answer", "Du har svarat att du kommer.")

	camille.open("/coordinate/atelier/events")
	camille.expectText("#events-table .count-coming", "1")
	camille.expectText("#events-table .count-unanswered", "1")
}
