package ui_test

import (
	"fmt"
	"github.com/mentorbase/mentorbase/apptest"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/tests"
)

// TestEventChangesAreSentAsNewVersions: moving the kickoff sends every invitee a REQUEST
// with SEQUENCE 1; cancelling it then sends a CANCEL with SEQUENCE 2, after which it is not
// edited any more. The same holds when a coordinator changes or deletes it through the REST
// API; a participant cannot.
func TestEventChangesAreSentAsNewVersions(t *testing.T) {
	t.Parallel()
	kickoff := "/coordinate/alumni/events/" + wid("kickoff")
	moved := []string{"kind", "kickoff", "audience", "all", "starts_at", "2031-05-07T18:00", "ends_at", "2031-05-07T20:00",
		"location", "Grande salle", "title_fr", "Soirée de lancement", "title_sv", "Uppstartskväll"}
	sent := func(kind, method string, sequence int) func(t testing.TB, app *tests.TestApp) {
		return func(t testing.TB, app *tests.TestApp) {
			mails := eventMails(t, app, kind, wid("kickoff"))
			if len(mails) != 4 {
				t.Fatalf("%s sent to %v, want the four invitees", kind, keys(mails))
			}
			for to, m := range mails {
				ics := unfold(m.GetString("ics"))
				for _, want := range []string{"METHOD:" + method, fmt.Sprint("SEQUENCE:", sequence), "UID:event-" + wid("kickoff") + "@portal.test"} {
					if !strings.Contains(ics, want) {
						t.Errorf("%s to %s lacks %q:\n%s", kind, to, want, ics)
					}
				}
			}
		}
	}
	for _, s := range []struct {
		name, person, method, url, body string
		status                          int
		want                            string
		prepare                         func(t testing.TB, app *tests.TestApp)
		check                           func(t testing.TB, app *tests.TestApp)
	}{
		{name: "the coordinator moves the kickoff", person: "coord", method: http.MethodPost, url: kickoff,
			body: encodeForm(moved...), status: http.StatusSeeOther, check: sent("event_updated", "REQUEST", 1)},
		{name: "the coordinator cancels the kickoff", person: "coord", method: http.MethodPost, url: kickoff + "/cancel",
			body: "csrf=" + csrf, status: http.StatusSeeOther, check: sent("event_cancelled", "CANCEL", 1)},
		{name: "a moved then cancelled event is cancelled at sequence 2", person: "coord", method: http.MethodPost, url: kickoff + "/cancel",
			body: "csrf=" + csrf, status: http.StatusSeeOther, prepare: func(t testing.TB, app *tests.TestApp) {
				event, _ := app.FindRecordById("events", wid("kickoff"))
				event.Set("location", "Petite salle")
				apptest.Build(t, app).Save(event)
			}, check: sent("event_cancelled", "CANCEL", 2)},
		{name: "the new version carries the invitee's answer", person: "coord", method: http.MethodPost, url: kickoff,
			body: encodeForm(moved...), status: http.StatusSeeOther, prepare: func(t testing.TB, app *tests.TestApp) {
				apptest.Build(t, app).Record("event_rsvps", map[string]any{"event": wid("kickoff"), "user": wid("sven"), "answer": "coming"})
			}, check: func(t testing.TB, app *tests.TestApp) {
				mails := eventMails(t, app, "event_updated", wid("kickoff"))
				if ics := unfold(mails["sven@example.org"].GetString("ics")); !strings.Contains(ics, "PARTSTAT=ACCEPTED") {
					t.Errorf("sven said he is coming, his invite says:\n%s", ics)
				}
				if ics := unfold(mails["bea@example.org"].GetString("ics")); !strings.Contains(ics, "PARTSTAT=NEEDS-ACTION") {
					t.Errorf("bea has not answered, her invite says:\n%s", ics)
				}
			}},
		{name: "a cancelled event's form is refused", person: "coord", method: http.MethodGet, url: kickoff + "/edit",
			status: http.StatusForbidden, want: "Not allowed", prepare: cancelKickoff},
		{name: "another programme's coordinator cannot cancel", person: "othercoord", method: http.MethodPost, url: kickoff + "/cancel",
			body: "csrf=" + csrf, status: http.StatusNotFound, want: "Page not found"},
		{name: "a participant cannot change it", person: "marie", method: http.MethodPost, url: kickoff,
			body: "csrf=" + csrf, status: http.StatusNotFound, want: "Page not found"},
		{name: "a coordinator moves it through the API", person: "coord", method: http.MethodPatch,
			url: "/api/collections/events/records/" + wid("kickoff"), body: `{"starts_at": "2031-05-07 16:00:00.000Z", "ends_at": "2031-05-07 18:00:00.000Z"}`,
			status: http.StatusOK, want: `"sequence":1`, check: sent("event_updated", "REQUEST", 1)},
		{name: "a coordinator deletes it through the API: the invitees get the cancellation", person: "coord", method: http.MethodDelete,
			url: "/api/collections/events/records/" + wid("kickoff"), status: http.StatusNoContent, check: sent("event_cancelled", "CANCEL", 1)},
		{name: "a coordinator cannot reopen a cancelled event through the API", person: "coord", method: http.MethodPatch,
			url: "/api/collections/events/records/" + wid("kickoff"), body: `{"status": "scheduled"}`,
			status: http.StatusBadRequest, want: "events.error.stays_cancelled", prepare: cancelKickoff},
		{name: "a coordinator cannot lower the sequence through the API", person: "coord", method: http.MethodPatch,
			url: "/api/collections/events/records/" + wid("kickoff"), body: `{"sequence": 0}`,
			status: http.StatusBadRequest, want: "events.error.sequence", prepare: func(t testing.TB, app *tests.TestApp) {
				event, _ := app.FindRecordById("events", wid("kickoff"))
				event.Set("location", "Petite salle")
				apptest.Build(t, app).Save(event)
			}},
		{name: "a participant cannot change it through the API", person: "marie", method: http.MethodPatch,
			url: "/api/collections/events/records/" + wid("kickoff"), body: `{"location": "Ailleurs"}`,
			status: http.StatusNotFound, want: `"status":404`},
	} {
		extra := []string{}
		if strings.HasPrefix(s.url, "/api/") {
			extra = []string{"Content-Type", "application/json"}
		}
		headers, factory := as(seedEventWorld, s.person, extra...)
		scenario := tests.ApiScenario{Name: s.name, Method: s.method, URL: s.url, Body: strings.NewReader(s.body),
			Headers: headers, ExpectedStatus: s.status, TestAppFactory: func(t testing.TB) *tests.TestApp {
				app := factory(t)
				if s.prepare != nil {
					s.prepare(t, app)
				}
				return app
			}}
		if s.want != "" {
			scenario.ExpectedContent = []string{s.want}
		}
		if check := s.check; check != nil {
			scenario.AfterTestFunc = func(t testing.TB, app *tests.TestApp, _ *http.Response) { check(t, app) }
		}
		scenario.Test(t)
	}
}

// cancelKickoff cancels the events world's kickoff.
func cancelKickoff(t testing.TB, app *tests.TestApp) {
	t.Helper()
	event, err := app.FindRecordById("events", wid("kickoff"))
	if err != nil {
		t.Fatal(err)
	}
	event.Set("status", "cancelled")
	apptest.Build(t, app).Save(event)
}

// encodeForm is the body of a portal form posting pairs with the CSRF token.
func encodeForm(pairs ...string) string {
	v := url.Values{"csrf": {csrf}}
	for i := 0; i+1 < len(pairs); i += 2 {
		v.Set(pairs[i], pairs[i+1])
	}
	return v.Encode()
}

// An invitee reads, in the HTML part of their letter, an event title the coordinators wrote
// only in the programme's first language marked with that language (a screen reader says it
// with a French voice inside a Swedish letter), as the programme's name is.
func TestEventLettersMarkATitleInAnotherLanguage(t *testing.T) {
	t.Parallel()
	headers, factory := as(seedEventWorld, "coord", "Content-Type", "application/json")
	(&tests.ApiScenario{Name: "the mentors' workshop moves", Method: http.MethodPatch, URL: "/api/collections/events/records/" + wid("mentorsws"),
		Body: strings.NewReader(`{"location": "Salle 3"}`), Headers: headers, ExpectedStatus: http.StatusOK, ExpectedContent: []string{`"location":"Salle 3"`},
		TestAppFactory: func(t testing.TB) *tests.TestApp {
			app := factory(t)
			apptest.Build(t, app).Update(record(t, app, "users", wid("bob")), map[string]any{"locale": "sv"})
			apptest.Build(t, app).Update(record(t, app, "users", wid("marie")), map[string]any{"locale": "fr"})
			return app
		},
		AfterTestFunc: func(t testing.TB, app *tests.TestApp, _ *http.Response) {
			mails := eventMails(t, app, "event_updated", wid("mentorsws"))
			bob, marie := mails["bob@example.org"], mails["marie@example.org"]
			if bob == nil || !strings.Contains(bob.GetString("html"), `<span lang="fr">Atelier des mentors</span>`) ||
				!strings.Contains(bob.GetString("text"), "Atelier des mentors") {
				t.Errorf("bob's letter in Swedish: %v", bob)
			}
			if marie == nil || strings.Contains(marie.GetString("html"), `<span lang="fr">`) {
				t.Errorf("marie's letter in French marks French words: %v", marie)
			}
		}}).Test(t)
}
