package ui_test

import (
	"github.com/mentorbase/mentorbase/apptest"
	"net/http"
	"testing"

	"github.com/pocketbase/pocketbase/tests"
)

// TestEventListIsForTheProgrammesCoordinators: the coordinators of the programme see its
// events with how many are invited and how they answered; nobody else learns the page exists.
func TestEventListIsForTheProgrammesCoordinators(t *testing.T) {
	t.Parallel()
	for _, s := range []struct {
		name, person string
		status       int
		want, not    []string
		index        bool // the coordinators' index instead of the events list
	}{
		{"the coordinator reads the events and the answers", "coord", http.StatusOK,
			[]string{`Events of <span lang="fr">Alumni mentoring</span>`, `id="event-` + wid("kickoff") + `"`, "Soirée de lancement", "2031-05-06 18:00–20:00",
				"times in Europe/Paris", "All approved participants", `<td class="count-invited">4</td>`,
				`<td class="count-coming">1</td>`, `<td class="count-not-coming">1</td>`, `<td class="count-unanswered">2</td>`,
				"Atelier des mentors", "Mentors only", `<td class="count-invited">2</td>`, `lang="fr"`,
				"/coordinate/alumni/events/" + wid("kickoff") + "/edit", "/coordinate/alumni/events/new"}, nil, false},
		{"another programme's coordinator gets the 404 page", "othercoord", http.StatusNotFound,
			[]string{"Page not found"}, []string{"Soirée de lancement"}, false},
		{"a participant gets the 404 page", "marie", http.StatusNotFound,
			[]string{"Page not found"}, []string{"Soirée de lancement"}, false},
		{"a visitor is asked to sign in", "visitor", http.StatusSeeOther, nil, []string{"Soirée de lancement"}, false},
		{"the coordinators' index links to the events", "coord", http.StatusOK,
			[]string{`<a href="/coordinate/alumni/events" id="coordinate-events-alumni">Events</a>`}, nil, true},
	} {
		url := "/coordinate/alumni/events"
		if s.index {
			url = "/coordinate"
		}
		headers, factory := as(seedEventWorld, s.person)
		(&tests.ApiScenario{Name: s.name, Method: http.MethodGet, URL: url, Headers: headers,
			TestAppFactory: func(t testing.TB) *tests.TestApp {
				app := factory(t)
				for person, answer := range map[string]string{"marie": "coming", "sven": "not_coming"} {
					apptest.Build(t, app).Record("event_rsvps", map[string]any{"event": wid("kickoff"),
						"user": findPerson(t, app, person).Id, "answer": answer})
				}
				return app
			},
			ExpectedStatus: s.status, ExpectedContent: s.want, NotExpectedContent: s.not}).Test(t)
	}
}

// TestEventFormsAreForTheProgrammesCoordinators: the new and edit forms show the programme's
// languages, first one first, with the event's times in the programme's zone.
func TestEventFormsAreForTheProgrammesCoordinators(t *testing.T) {
	t.Parallel()
	edit := "/coordinate/alumni/events/" + wid("kickoff") + "/edit"
	for _, s := range []struct {
		name, person, url string
		status            int
		want              []string
	}{
		{"the coordinator opens an empty form", "coord", "/coordinate/alumni/events/new", http.StatusOK,
			[]string{`name="title_fr"`, `name="title_sv"`, `name="starts_at"`, `type="datetime-local"`, "times in Europe/Paris",
				`value="all" id="f-audience-all" checked`,
				// the words typed are in the fieldset's language; its labels and errors in the page's
				`<fieldset class="event-language">`, `name="title_sv" type="text" lang="sv"`, `name="description_fr" rows="5" lang="fr"`}},
		{"the coordinator edits with local times and every language", "coord", edit, http.StatusOK,
			[]string{`value="2031-05-06T18:00"`, `value="2031-05-06T20:00"`, `value="Uppstartskväll"`,
				"Rencontrez **tous les binômes**.", `value="Grande salle"`, `action="/coordinate/alumni/events/` + wid("kickoff") + `"`}},
		{"another programme's coordinator gets the 404 page", "othercoord", edit, http.StatusNotFound, []string{"Page not found"}},
		{"a participant gets the 404 page", "marie", "/coordinate/alumni/events/new", http.StatusNotFound, []string{"Page not found"}},
		{"a visitor is asked to sign in", "visitor", edit, http.StatusSeeOther, nil},
	} {
		headers, factory := as(seedEventWorld, s.person)
		(&tests.ApiScenario{Name: s.name, Method: http.MethodGet, URL: s.url, Headers: headers, TestAppFactory: factory,
			ExpectedStatus: s.status, ExpectedContent: s.want}).Test(t)
	}
}
