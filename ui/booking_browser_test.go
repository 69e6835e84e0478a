package ui_test

import (
	"strings"
	"testing"
	"time"

	"github.com/pocketbase/dbx"
)

// TestBrowserAMenteeBooksATimeHerMentorOffers: Marie, the mentor, reading Swedish, offers
// Tuesdays 17–19 on Stockholm time (a range typed backwards is refused beside the day, her
// typing kept); Sven, reading French, picks the first Tuesday 17:00 among the next free
// times on the pair's page and books it by phone: the meeting is confirmed at once and both
// get a REQUEST invite in their language. The pair's page with its free times and both
// booking pages reflow on a phone and pass axe-core.
func TestBrowserAMenteeBooksATimeHerMentorOffers(t *testing.T) {
	t.Parallel()
	app := seedPairs(t)
	browser := startBrowser(t, app)
	pair := "/matches/" + wid("matcha")

	marie := browser.window()
	marie.signIn("marie@example.org", pair, "en", "Marie Person & Sven Person")
	marie.switchTo("sv")
	marie.click("#booking-hours")
	marie.expectHeading("sv", "Dina tider för möten")
	marie.fill("#f-timezone", "Europe/Stockholm")
	marie.fill("#f-tue", "19–17")
	marie.click("#hours-save")
	marie.expectText("#e-tue", "19:00–17:00: slutet måste komma efter början.")
	if !marie.eval(`document.querySelector("#f-tue").value === "19–17" && document.querySelector("#f-timezone").value === "Europe/Stockholm"`) {
		t.Error("the refused form lost what Marie typed")
	}
	marie.fill("#f-tue", "17:00–19:00")
	marie.click("#hours-save")
	marie.expectText(".flash", "Dina tider är sparade.")

	sven := browser.window()
	sven.signIn("sven@example.org", pair, "en", "Marie Person & Sven Person")
	sven.switchTo("fr")
	sven.expectText("#booking-next", "Mardi")
	sven.expectText("#booking-next li:first-child", "17:00–18:00")
	sven.click("#booking-next li:first-child a")
	sven.expectHeading("fr", "Réserver un rendez-vous avec Marie Person")
	if !sven.eval(`document.querySelector("#slot-0-0").checked`) {
		t.Error("the slot picked on the pair's page is not the one chosen")
	}
	sven.choose("#f-mode", "phone")
	sven.fill("#f-agenda", "Mon projet")
	sven.click("#slot-book")
	sven.expectText(".flash", "Le rendez-vous est réservé et confirmé")
	sven.expectText("#meetings", "Confirmé")

	meeting, err := app.FindFirstRecordByData("meetings", "agenda", "Mon projet")
	if err != nil {
		t.Fatal(err)
	}
	stockholm, _ := time.LoadLocation("Europe/Stockholm")
	if start := meeting.GetDateTime("starts_at").Time().In(stockholm); start.Weekday() != time.Tuesday || start.Hour() != 17 ||
		meeting.GetString("status") != "confirmed" || !meeting.GetBool("booked") {
		t.Errorf("booked %v (%s), want a confirmed Tuesday 17:00 in Stockholm", start, meeting.GetString("status"))
	}
	letters, err := app.FindAllRecords("outbox", dbx.HashExp{"kind": "meeting_booked", "related_id": meeting.Id})
	if err != nil || len(letters) != 2 {
		t.Fatalf("meeting_booked letters: %d (%v), want one to each", len(letters), err)
	}
	subjects := map[string]string{"marie@example.org": "Möte bokat: ", "sven@example.org": "Rendez-vous réservé : "}
	for _, l := range letters {
		if !strings.HasPrefix(l.GetString("subject"), subjects[l.GetString("to")]) {
			t.Errorf("the letter to %s is %q, want it in the reader's language", l.GetString("to"), l.GetString("subject"))
		}
		if !strings.Contains(l.GetString("ics"), "METHOD:REQUEST") || !strings.Contains(l.GetString("ics"), "STATUS:CONFIRMED") {
			t.Errorf("the letter to %s carries no confirmed REQUEST invite", l.GetString("to"))
		}
	}
	sven.checkReflow(pair, pair+"/slots", pair+"/hours")
}
