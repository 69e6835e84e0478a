package ui_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/apptest"
)

// newEventForm is a workshop for the mentees on 2 June 2031 at 09:30 in Paris.
var newEventForm = []string{"kind", "workshop", "audience", "mentees", "starts_at", "2031-06-02T09:30", "ends_at", "2031-06-02T11:00",
	"location", "Salle 2", "title_fr", "Atelier CV", "description_fr", "Apportez votre CV.", "title_sv", "CV-workshop"}

// TestEventCreateInvitesTheAudience: a coordinator's new event is saved at the programme's
// local time and its audience, and only it, gets the invite with an .ics in their language;
// a form that needs fixing comes back with the message beside the field and nothing lost.
func TestEventCreateInvitesTheAudience(t *testing.T) {
	t.Parallel()
	for _, s := range []struct {
		name, person string
		body         []string
		status       int
		want         []string
		check        func(t testing.TB, app *tests.TestApp)
	}{
		{name: "the coordinator creates: the mentees are invited", person: "coord", body: newEventForm, status: http.StatusSeeOther,
			check: func(t testing.TB, app *tests.TestApp) {
				event, err := app.FindFirstRecordByData("events", "title", "Atelier CV")
				if err != nil || event.GetDateTime("starts_at").String() != "2031-06-02 07:30:00.000Z" {
					t.Fatalf("09:30 in Paris (summer) is 07:30 UTC, got %v (%v)", event, err)
				}
				if event.GetString("title_sv") != "CV-workshop" || event.GetString("audience") != "mentees" || event.GetInt("sequence") != 0 {
					t.Errorf("saved %v", event.PublicExport())
				}
				mails := eventMails(t, app, "event_announced", event.Id)
				if len(mails) != 2 || mails["sven@example.org"] == nil || mails["bea@example.org"] == nil {
					t.Fatalf("announced to %v, want the two mentees", keys(mails))
				}
				m := mails["sven@example.org"]
				for _, want := range []string{"METHOD:REQUEST", "UID:event-" + event.Id + "@portal.test", "SEQUENCE:0",
					"ATTENDEE;", "mailto:sven@example.org", "PARTSTAT=NEEDS-ACTION", "RSVP=TRUE", "TZID=Europe/Paris:20310602T093000"} {
					if !strings.Contains(unfold(m.GetString("ics")), want) {
						t.Errorf("invite lacks %q:\n%s", want, m.GetString("ics"))
					}
				}
				if m.GetString("ics_method") != "REQUEST" || !strings.Contains(m.GetString("subject"), "Atelier CV") ||
					!strings.Contains(m.GetString("text"), "/events/"+event.Id+"/rsvp?") {
					t.Errorf("letter %q: %s", m.GetString("subject"), m.GetString("text"))
				}
			}},
		{name: "no title in the first language: the form comes back", person: "coord", status: http.StatusUnprocessableEntity,
			body: []string{"kind", "workshop", "audience", "all", "starts_at", "2031-06-02T09:30", "title_sv", "CV-workshop"},
			want: []string{`id="e-title_fr"`, "Give the event a title in the programme&#39;s first language.", `value="CV-workshop"`, `value="2031-06-02T09:30"`}},
		{name: "an end before the start: the form comes back", person: "coord", status: http.StatusUnprocessableEntity,
			body: []string{"kind", "workshop", "audience", "all", "starts_at", "2031-06-02T09:30", "ends_at", "2031-06-02T08:00", "title_fr", "Atelier CV"},
			want: []string{`id="e-ends_at"`, "An event ends after it starts.", `value="Atelier CV"`}},
		{name: "a time the clocks skip in Paris: the form comes back, nothing moved an hour", person: "coord", status: http.StatusUnprocessableEntity,
			body: []string{"kind", "workshop", "audience", "all", "starts_at", "2031-03-30T02:30", "title_fr", "Atelier CV"},
			want: []string{`id="e-starts_at"`, "This time does not exist in Europe/Paris", `value="2031-03-30T02:30"`, `value="Atelier CV"`}},
		{name: "no start: the form asks for one", person: "coord", status: http.StatusUnprocessableEntity,
			body: []string{"kind", "workshop", "audience", "all", "title_fr", "Atelier CV"},
			want: []string{`id="e-starts_at"`, "Enter a date and a time", `value="Atelier CV"`}},
		{name: "a date far outside the programme: the form names the days", person: "coord", status: http.StatusUnprocessableEntity,
			body: []string{"kind", "workshop", "audience", "all", "starts_at", "2040-06-02T09:30", "title_fr", "Atelier CV"},
			want: []string{`id="e-starts_at"`, "Pick a date between"}},
		{name: "another programme's coordinator gets the 404 page", person: "othercoord", body: newEventForm, status: http.StatusNotFound,
			want: []string{"Page not found"}},
		{name: "a participant gets the 404 page", person: "marie", body: newEventForm, status: http.StatusNotFound,
			want: []string{"Page not found"}},
		{name: "a visitor is asked to sign in", person: "visitor", body: newEventForm, status: http.StatusSeeOther,
			check: func(t testing.TB, app *tests.TestApp) {
				if _, err := app.FindFirstRecordByData("events", "title", "Atelier CV"); err == nil {
					t.Error("a visitor created an event")
				}
			}},
	} {
		headers, factory := as(seedEventWorld, s.person)
		scenario := tests.ApiScenario{Name: s.name, Method: http.MethodPost, URL: "/coordinate/alumni/events",
			Body: form(true, s.body...), Headers: headers, TestAppFactory: factory, ExpectedStatus: s.status, ExpectedContent: s.want}
		if check := s.check; check != nil {
			scenario.AfterTestFunc = func(t testing.TB, app *tests.TestApp, _ *http.Response) { check(t, app) }
		}
		scenario.Test(t)
	}
}

// TestEventCreatedThroughTheAPIIsAnnouncedToo: the REST API and the dashboard go through the
// same record hook, so an event a coordinator creates there is announced with its invite;
// a participant cannot create one, nor a coordinator in another programme.
func TestEventCreatedThroughTheAPIIsAnnouncedToo(t *testing.T) {
	t.Parallel()
	body := func(program string) string {
		return `{"program": "` + program + `", "kind": "closing", "title": "Closing party", "audience": "paired",
			"starts_at": "2031-06-20 17:00:00.000Z", "ends_at": "2031-06-20 19:00:00.000Z"}`
	}
	for _, s := range []struct {
		name, person string
		status       int
		want         string
		check        func(t testing.TB, app *tests.TestApp)
	}{
		{"a coordinator creates through the API: the pairs are invited", "coord", http.StatusOK, `"title":"Closing party"`, func(t testing.TB, app *tests.TestApp) {
			event, err := app.FindFirstRecordByData("events", "title", "Closing party")
			if err != nil {
				t.Fatal(err)
			}
			mails := eventMails(t, app, "event_announced", event.Id)
			if len(mails) != 4 {
				t.Fatalf("announced to %v, want the four members of active pairs", keys(mails))
			}
			for to, m := range mails {
				if ics := m.GetString("ics"); !strings.Contains(ics, "METHOD:REQUEST") || !strings.Contains(ics, "UID:event-"+event.Id+"@") {
					t.Errorf("%s got no invite:\n%s", to, ics)
				}
			}
			if event.GetString("status") != "scheduled" || event.GetInt("sequence") != 0 {
				t.Errorf("the server did not set status and sequence: %v", event.PublicExport())
			}
		}},
		{"a participant cannot create one", "marie", http.StatusBadRequest, `"status":400`, nil},
		{"another programme's coordinator cannot create one", "othercoord", http.StatusBadRequest, `"status":400`, nil},
	} {
		headers, factory := as(seedEventWorld, s.person, "Content-Type", "application/json")
		scenario := tests.ApiScenario{Name: s.name, Method: http.MethodPost, URL: "/api/collections/events/records",
			Body: strings.NewReader(body(alumniID(t))), Headers: headers, ExpectedStatus: s.status, ExpectedContent: []string{s.want}, TestAppFactory: factory}
		if check := s.check; check != nil {
			scenario.AfterTestFunc = func(t testing.TB, app *tests.TestApp, _ *http.Response) { check(t, app) }
		}
		scenario.Test(t)
	}
}

// TestEventInviteTitleInFrenchTypography: the invite's title joins the programme's name and
// the event's in the reader's typography, with the space French puts before a colon.
func TestEventInviteTitleInFrenchTypography(t *testing.T) {
	t.Parallel()
	headers, factory := as(seedEventWorld, "coord")
	(&tests.ApiScenario{Name: "a French mentee's invite", Method: http.MethodPost, URL: "/coordinate/alumni/events",
		Body: form(true, newEventForm...), Headers: headers, ExpectedStatus: http.StatusSeeOther,
		TestAppFactory: func(t testing.TB) *tests.TestApp {
			app := factory(t)
			apptest.Build(t, app).Update(record(t, app, "users", wid("bea")), map[string]any{"locale": "fr"})
			return app
		},
		AfterTestFunc: func(t testing.TB, app *tests.TestApp, _ *http.Response) {
			event, err := app.FindFirstRecordByData("events", "title", "Atelier CV")
			if err != nil {
				t.Fatal(err)
			}
			ics := unfold(eventMails(t, app, "event_announced", event.Id)["bea@example.org"].GetString("ics"))
			if !strings.Contains(ics, "SUMMARY:Alumni mentoring : Atelier CV") {
				t.Errorf("the French invite's title is not «Alumni mentoring : Atelier CV»:\n%s", ics)
			}
		}}).Test(t)
}
