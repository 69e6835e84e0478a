package ui_test

import (
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-ical"
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// TestJourneyWorkspace drives Chromium through a pair's workspace, the mentee in Swedish and
// the mentor in French: the mentee writes the agreement and the mentor confirms it; the mentee proposes their first meeting
// (in two hours: a past time is refused) and a follow-up, and submits the road-book; the
// mentor confirms the first meeting and, once it has taken place, marks it held, reads the road-book, fills in the first-interview evaluation
// and moves the follow-up. Each change mails both an invite (REQUEST; SEQUENCE 1 once moved),
// and the mentee's calendar feed shows the follow-up at its new time.
func TestJourneyWorkspace(t *testing.T) {
	t.Parallel()
	w := seedJourney(t)
	w.person(t, "saga", "Saga Ström", "sv", "070 999 88 77")
	w.person(t, "hugo", "Hugo Morel", "fr", "06 33 22 11 00")
	program := w.program(t, "atelier", "Atelier", "coordinated")
	now := time.Now().UTC()
	program = w.build.Update(program, map[string]any{"applications_open_at": now.AddDate(0, -2, 0),
		"applications_close_at": now.AddDate(0, -1, 0), "starts_at": now.AddDate(0, 0, -7)})
	mentee := w.applied(t, "saga", program, "mentee", map[string]any{"languages": []string{"sv", "fr"}})
	mentor := w.applied(t, "hugo", program, "mentor", map[string]any{"languages": []string{"sv", "fr"}})
	match := w.build.Pair(program.Id, mentor.Id, mentee.Id, "active", map[string]any{"started_at": now.AddDate(0, 0, -1)})
	paris, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		t.Fatal(err)
	}
	first := time.Now().In(paris).Add(2 * time.Hour).Truncate(time.Minute)
	followUp := time.Date(first.Year(), first.Month(), first.Day()+14, 14, 0, 0, 0, paris)
	moved := followUp.AddDate(0, 0, 1).Add(150 * time.Minute)
	b := startBrowser(t, w.app)
	page := "/matches/" + match.Id

	saga := b.window()
	saga.signIn("saga@example.org", page, "sv", "Hugo Morel & Saga Ström")
	saga.expectText("#agreement h2", "Vår mentorskapsöverenskommelse")
	saga.writeAgreement("fortnightly", "Jag vill lära mig leda projekt.")
	saga.expectText(".flash", "Tack: ditt godkännande är registrerat.")
	saga.expectText("#agreement-terms", "Varannan vecka")
	saga.expectText("#agreement-waiting", "din partner har inte gjort det än")
	saga.expectText("#partner", "hugo@example.org")
	saga.propose(match.Id, first, "Färdplanen och mitt CV")
	saga.expectText(".flash", "Mötet är föreslaget.")
	saga.propose(match.Id, followUp, "Uppföljning")
	saga.waitFor("two meetings", `document.querySelectorAll("#meetings .meeting").length === 2`)
	saga.fill("#f-professional_project", "Bli projektledare inom energi.")
	saga.fill("#f-path_and_motivation", "Civilingenjör, sommarjobb på Vattenfall.")
	saga.fill("#f-strategy", "Nätverka och söka traineeprogram.")
	saga.fill("#f-action_plan", "Tre ansökningar i månaden.")
	saga.click(`#roadbook button[name="submit"]`)
	saga.expectText(".flash", "Färdplanen är skickad till din mentor.")
	saga.expectText("#roadbook .badge", "Skickad")

	meetings := meetingsOf(t, w.app, match.Id)
	firstID, followID := meetings[0].Id, meetings[1].Id

	hugo := b.window()
	hugo.signIn("hugo@example.org", page, "fr", "Hugo Morel & Saga Ström")
	hugo.expectText("#agreement-terms", "Toutes les deux semaines")
	hugo.expectText("#agreement", "Saga Ström a rédigé ces termes.")
	hugo.click("#f-confidentiality-accept")
	hugo.click("#agreement-accept")
	hugo.expectText(".flash", "Merci : votre accord est enregistré.")
	hugo.expectAbsent("#agreement-status", "pas encore confirmé")
	if queuedMail(t, w.app, "agreement_proposed", "hugo@example.org").GetString("locale") != "fr" {
		t.Error("the mentor was not told in French that the mentee wrote the agreement")
	}
	hugo.expectText("#meeting-"+firstID, "Proposé")
	hugo.click(`form[action="/meetings/` + firstID + `/confirm"] button`)
	hugo.expectText(".flash", "Rendez-vous confirmé.")
	hugo.expectText("#meeting-"+firstID+" h3", "Confirmé")
	for _, to := range []struct{ email, locale string }{{"saga@example.org", "sv"}, {"hugo@example.org", "fr"}} {
		mail := queuedMail(t, w.app, "meeting_confirmed", to.email)
		method, event := inviteOf(t, mail, firstID)
		if mail.GetString("locale") != to.locale || method != "REQUEST" || !event.start.Equal(first) {
			t.Errorf("confirmation to %s: locale %q, METHOD %q, starts %v; want %s, REQUEST, %v",
				to.email, mail.GetString("locale"), method, event.start, to.locale, first)
		}
	}

	// The first meeting takes place: the journey goes on five hours later, the meeting begun.
	met := first.Add(-5 * time.Hour).UTC()
	if _, err := w.app.DB().Update("meetings", dbx.Params{"starts_at": met.Format("2006-01-02 15:04:05.000Z"),
		"ends_at": met.Add(time.Hour).Format("2006-01-02 15:04:05.000Z")}, dbx.HashExp{"id": firstID}).Execute(); err != nil {
		t.Fatal(err)
	}
	hugo.open(page)
	hugo.click("#meeting-" + firstID + ` details:last-of-type summary`)
	hugo.fill("#minutes-"+firstID, "55")
	hugo.fill("#notes-"+firstID, "Bon départ, projet clair.")
	hugo.click(`form[action="/meetings/` + firstID + `/held"] button`)
	hugo.expectText(".flash", "Rendez-vous enregistré comme tenu.")
	hugo.expectText("#meeting-"+firstID, "Tenu")
	hugo.expectText("#meeting-"+firstID, "Durée : 55 minutes")
	hugo.expectText("#roadbook", "Bli projektledare inom energi.")

	hugo.open(page + "/evaluations/first_interview")
	hugo.expectHeading("fr", "Évaluation du premier entretien")
	hugo.click(`input[name="project_realistic"][value="yes"]`)
	hugo.click(`input[name="project_relevant"][value="yes"]`)
	hugo.fill("#f-feedback", "Projet réaliste, CV à raccourcir.")
	hugo.fill("#f-action_plan", "Trois candidatures par mois.")
	hugo.click(`form[action="` + page + `/evaluations/first_interview"] button[type=submit]`)
	hugo.expectText(".flash", "Merci, vos réponses ont été envoyées.")

	hugo.click("#meeting-" + followID + ` details summary`)
	hugo.fill("#date-"+followID, moved.Format("2006-01-02"))
	hugo.fill("#time-"+followID, moved.Format("15:04"))
	hugo.click(`form[action="/meetings/` + followID + `/reschedule"] button`)
	hugo.expectText(".flash", "Nouvel horaire proposé.")
	hugo.expectText("#meeting-"+followID+" h3", moved.Format("15:04"))
	mail := queuedMail(t, w.app, "meeting_rescheduled", "saga@example.org")
	method, event := inviteOf(t, mail, followID)
	if method != "REQUEST" || event.sequence != "1" || !event.start.Equal(moved) {
		t.Errorf("moved follow-up invite: METHOD %q, SEQUENCE %q, starts %v; want REQUEST, 1, %v", method, event.sequence, event.start, moved)
	}

	saga.open(page + "/evaluations/first_interview")
	saga.expectHeading("sv", "Utvärdering av första samtalet")
	saga.expectText(".answers", "Projet réaliste, CV à raccourcir.")
	saga.expectText(".answers", "Ja")

	sagaUser, err := w.app.FindRecordById("users", w.people["saga"].Id)
	if err != nil {
		t.Fatal(err)
	}
	feed := fetchFeed(t, b.base, sagaUser.GetString("calendar_token"))
	if _, event := eventIn(t, feed, followID); event.sequence != "1" || !event.start.Equal(moved) {
		t.Errorf("saga's feed shows the follow-up at %v with SEQUENCE %q; want %v and 1", event.start, event.sequence, moved)
	}
}

// writeAgreement writes the terms of the mentoring agreement on the match page, keeping the
// ways of meeting it suggests, and confirms them.
func (j journey) writeAgreement(frequency, expectations string) {
	j.t.Helper()
	j.click(`#agreement-form input[name="frequency"][value="` + frequency + `"]`)
	j.fill("#f-expectations", expectations)
	j.click("#f-confidentiality")
	j.click("#agreement-propose")
}

// propose sends the match page's meeting form: a video call of an hour at start.
func (j journey) propose(matchID string, start time.Time, agenda string) {
	j.t.Helper()
	j.fill("#date-new", start.Format("2006-01-02"))
	j.fill("#time-new", start.Format("15:04"))
	j.fill("#duration-new", "60")
	j.choose("#mode-new", "video")
	j.fill("#video-new", "https://meet.example.org/saga-hugo")
	j.fill("#agenda-new", agenda)
	j.click(`form[action="/matches/` + matchID + `/meetings"] button[type=submit]`)
	j.expectText("#meetings", agenda)
}

// meetingsOf lists the match's meetings, earliest first.
func meetingsOf(t *testing.T, app core.App, matchID string) []*core.Record {
	t.Helper()
	meetings, err := app.FindRecordsByFilter("meetings", "match = {:m}", "starts_at", 0, 0, map[string]any{"m": matchID})
	if err != nil || len(meetings) != 2 {
		t.Fatalf("want the two proposed meetings, got %d (%v)", len(meetings), err)
	}
	return meetings
}

// calendarEvent is what a journey checks of one VEVENT.
type calendarEvent struct {
	start    time.Time
	sequence string
}

// inviteOf decodes a mail's invite: its METHOD and the event of meetingID. The invite must be
// there, in the mail's ics with its ics_method.
func inviteOf(t *testing.T, mail *core.Record, meetingID string) (string, calendarEvent) {
	t.Helper()
	if mail.GetString("ics") == "" {
		t.Fatalf("%s mail to %s carries no invite", mail.GetString("kind"), mail.GetString("to"))
	}
	method, event := eventIn(t, mail.GetString("ics"), meetingID)
	if method != mail.GetString("ics_method") {
		t.Errorf("invite METHOD %q but ics_method %q", method, mail.GetString("ics_method"))
	}
	return method, event
}

// eventIn parses an iCalendar text and returns its METHOD and the event of meetingID.
func eventIn(t *testing.T, text, meetingID string) (string, calendarEvent) {
	t.Helper()
	cal, err := ical.NewDecoder(strings.NewReader(text)).Decode()
	if err != nil {
		t.Fatalf("calendar does not parse: %v\n%s", err, text)
	}
	method, _ := cal.Props.Text(ical.PropMethod)
	for _, e := range cal.Events() {
		if uid, _ := e.Props.Text(ical.PropUID); strings.Contains(uid, meetingID) {
			start, err := e.DateTimeStart(time.UTC)
			if err != nil {
				t.Fatalf("meeting %s: DTSTART: %v", meetingID, err)
			}
			seq := ""
			if p := e.Props.Get(ical.PropSequence); p != nil {
				seq = p.Value
			}
			return method, calendarEvent{start: start, sequence: seq}
		}
	}
	t.Fatalf("no event of meeting %s in\n%s", meetingID, text)
	return "", calendarEvent{}
}

// fetchFeed downloads a private calendar feed as a calendar application does: no session.
func fetchFeed(t *testing.T, base, token string) string {
	t.Helper()
	if token == "" {
		t.Fatal("the user has no calendar token")
	}
	res, err := http.Get(base + "/calendar/" + token + ".ics")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	if res.StatusCode != http.StatusOK {
		t.Fatalf("feed: status %d", res.StatusCode)
	}
	return string(body)
}
