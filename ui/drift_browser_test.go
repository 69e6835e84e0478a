package ui_test

import (
	"regexp"
	"testing"
	"time"

	"github.com/pocketbase/dbx"

	"github.com/mentorbase/mentorbase/workspace"
)

// TestBrowserASilentPairIsNudgedAndTheCoordinatorSeesTheAnswer: a month after anyone in the
// programme last met or wrote, the reminders job nudges both pairs; Sven, reading in French,
// follows her e-mail's link to "Comment ça se passe ?" and asks for help in one click with a
// word; the coordinator, reading Swedish, sees it on the pairs list and on the pair's page.
func TestBrowserASilentPairIsNudgedAndTheCoordinatorSeesTheAnswer(t *testing.T) {
	t.Parallel()
	app := seedWork(t)
	if n, err := workspace.RemindDriftingPairs(app, time.Now().Add(31*24*time.Hour)); err != nil || n != 4 {
		t.Fatalf("nudged %d members (error %v), want both members of both pairs", n, err)
	}
	mail, err := app.FindFirstRecordByFilter("outbox", "to = 'sven@example.org' && kind = {:kind}", dbx.Params{"kind": workspace.DriftNudgeKind})
	if err != nil {
		t.Fatalf("Sven's nudge: %v", err)
	}
	link := regexp.MustCompile(`/matches/[a-z0-9]+#checkin`).FindString(mail.GetString("text"))
	if link != "/matches/"+wid("matcha")+"#checkin" {
		t.Fatalf("the nudge links to %q, want the pair's check-in:\n%s", link, mail.GetString("text"))
	}
	browser := startBrowser(t, app)
	sven := browser.window()
	sven.signIn("sven@example.org", "/me", "fr", "Mon mentorat")
	sven.open(link)
	sven.expectText("#checkin-heading", "Comment ça se passe ?")
	sven.fill("#f-checkin_note", "Nous n'arrivons pas à trouver un créneau")
	sven.click("#checkin-need-help")
	sven.expectText(".flash", "Merci, votre réponse a été transmise")
	sven.expectText("#checkins", "Nous avons besoin d'aide")

	coord := browser.window()
	coord.signIn("coord@example.org", "/coordinate/alumni/pairs", "sv", "Par i Alumni mentoring")
	coord.expectText("#checkin-"+wid("matcha"), "Vi behöver hjälp")
	coord.click("#pair-" + wid("matcha") + " a")
	coord.expectText("#checkins", "Nous n'arrivons pas à trouver un créneau")
}
