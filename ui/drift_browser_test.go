package ui_test

import (
	"regexp"
	"testing"
	"time"

	"github.com/pocketbase/dbx"

	"github.com/mentorbase/mentorbase/apptest"
	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

// TestBrowserASilentPairIsNudgedAndTheCoordinatorSeesTheAnswer: a month after anyone in the
// programme last met or wrote, the reminders job nudges both pairs; Sven, reading in French,
// follows her e-mail's link to "Comment ça se passe ?" and asks for help in one click with a
// word; the coordinator, reading Swedish, sees it on the pairs list and on the pair's page.
// After a longer silence (here 40 days) both pairs are offered closing: Sven reads until
// when, the coordinator sees both flagged with the date, decides to keep Sven's pair open,
// and the warning is gone; the other pair still waits for a decision.
func TestBrowserASilentPairIsNudgedAndTheCoordinatorSeesTheAnswer(t *testing.T) {
	t.Parallel()
	app := seedWork(t)
	program, err := app.FindFirstRecordByData("programs", "slug", "alumni")
	if err != nil {
		t.Fatal(err)
	}
	apptest.Build(t, app).Update(program, map[string]any{"close_after_days": 40})
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

	later := time.Now().Add(41 * 24 * time.Hour)
	if n, err := workspace.RemindDriftingPairs(app, later); err != nil || n != 6 {
		t.Fatalf("offered closing: %d mails (error %v), want both members of both pairs and the coordinator twice", n, err)
	}
	// The journey goes on the day the warning was given: the job's stamps move to today, so
	// that the coordinator's decision (taken now) comes after the warning, as it would.
	today := time.Now().UTC()
	if _, err := app.DB().Update("matches", dbx.Params{"closing_warned_at": today.Format("2006-01-02 15:04:05.000Z")},
		dbx.Not(dbx.HashExp{"closing_warned_at": ""})).Execute(); err != nil {
		t.Fatal(err)
	}
	until := today.Add(workspace.ClosingWarning).In(kernel.ProgramZone(program)).Format(time.DateOnly)
	sven.open("/matches/" + wid("matcha"))
	sven.expectText("#closing-heading", "Clôture proposée")
	sven.expectText("#closing-notice", "d'ici le "+until)
	coord.open("/coordinate/alumni/pairs")
	coord.expectText("#closing-"+wid("matcha"), "Föreslaget att avslutas")
	coord.expectText("#pair-"+wid("matchb"), "förvarning till "+until)
	coord.checkReflow("/matches/" + wid("matchb"))
	coord.switchTo("sv")
	coord.open("/matches/" + wid("matcha"))
	coord.expectText("#closing-notice", "avslutas efter "+until)
	coord.click("#closing-keep")
	coord.expectText(".flash", "Paret fortsätter")
	coord.expectAbsent("main", "Föreslaget att avslutas")
	coord.open("/coordinate/alumni/pairs")
	coord.expectAbsent("#pair-"+wid("matcha"), "Föreslaget att avslutas")
	coord.expectText("#closing-"+wid("matchb"), "Föreslaget att avslutas")
}
