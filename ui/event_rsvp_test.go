package ui_test

import (
	"github.com/mentorbase/mentorbase/apptest"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/tests"
)

// TestEventAnswerFromTheMailLink: the mailed link opens, without signing in, the event and the
// two answers of the person it was sent to; opening it answers nothing, posting it does. A
// link with another person's id or a forged signature is the 404 page.
func TestEventAnswerFromTheMailLink(t *testing.T) {
	t.Parallel()
	world := seedEventWorld(t)
	link := rsvpLink(t, world, wid("kickoff"), "sven")
	path, signed := rsvpQuery(t, link)
	forgery := "x" + signed[3][1:]
	if forgery == signed[3] { // one signature in 64 starts with x
		forgery = "y" + signed[3][1:]
	}
	forged := []string{"u", signed[1], "s", forgery}
	someoneElse := []string{"u", wid("bea"), "s", signed[3]}
	for _, s := range []struct {
		name, method, url string
		body              []string
		status            int
		want, not         []string
		answer            string
	}{
		{name: "the link shows the event and the answers", method: http.MethodGet, url: link, status: http.StatusOK,
			want: []string{"Soirée de lancement", `lang="fr"`, "2031-05-06 18:00–20:00", "Will you come?", `name="answer" value="coming"`,
				`name="s" value="` + signed[3] + `"`}},
		{name: "the link answers coming", method: http.MethodPost, url: path, body: append([]string{"answer", "coming"}, signed...),
			status: http.StatusSeeOther, answer: "coming"},
		{name: "the link answers not coming", method: http.MethodPost, url: path, body: append([]string{"answer", "not_coming"}, signed...),
			status: http.StatusSeeOther, answer: "not_coming"},
		{name: "a forged signature is the 404 page", method: http.MethodPost, url: path, body: append([]string{"answer", "coming"}, forged...),
			status: http.StatusNotFound, want: []string{"Page not found"}},
		{name: "another person's link is the 404 page", method: http.MethodGet, url: path + "?" + "u=" + wid("bea") + "&s=" + signed[3],
			status: http.StatusNotFound, want: []string{"Page not found"}, not: []string{"Soirée de lancement"}},
		{name: "another person's id in the form answers nothing", method: http.MethodPost, url: path,
			body: append([]string{"answer", "coming"}, someoneElse...), status: http.StatusNotFound, want: []string{"Page not found"}},
	} {
		headers, factory := as(seedEventWorld, "visitor")
		scenario := tests.ApiScenario{Name: s.name, Method: s.method, URL: s.url, Body: form(true, s.body...),
			Headers: headers, TestAppFactory: factory, ExpectedStatus: s.status, ExpectedContent: s.want, NotExpectedContent: s.not,
			AfterTestFunc: func(t testing.TB, app *tests.TestApp, _ *http.Response) {
				if got := answerOf(t, app, wid("kickoff"), "sven"); got != s.answer {
					t.Errorf("sven's answer is %q, want %q", got, s.answer)
				}
			}}
		scenario.Test(t)
	}
}

// TestEventAnswerFromThePortal: invitees answer on the programme page and My mentoring, each
// reading the event in their language or marked with the programme's; someone the event is
// not for is refused, by the portal and by the REST API alike; answers are read by their
// author and the coordinators only.
func TestEventAnswerFromThePortal(t *testing.T) {
	t.Parallel()
	answer := "/events/" + wid("kickoff") + "/rsvp"
	workshop := "/events/" + wid("mentorsws") + "/rsvp"
	rest := "/api/collections/event_rsvps/records"
	restBody := func(event, person string) string {
		return `{"event": "` + wid(event) + `", "user": "` + wid(person) + `", "answer": "coming"}`
	}
	for _, s := range []struct {
		name, person, method, url, body string
		lang                            string // the browser's language cookie
		status                          int
		want, not                       []string
		answered                        string // sven's answer to the kickoff before the request
		check                           func(t testing.TB, app *tests.TestApp)
	}{
		{name: "My mentoring offers the answers", person: "sven", method: http.MethodGet, url: "/me", status: http.StatusOK,
			want: []string{`id="answer-` + wid("kickoff") + `"`, "Soirée de lancement", `lang="fr"`},
			not:  []string{"Atelier des mentors"}},
		{name: "a mentor also sees the mentors' workshop", person: "marie", method: http.MethodGet, url: "/me", status: http.StatusOK,
			want: []string{`id="answer-` + wid("kickoff") + `"`, `id="answer-` + wid("mentorsws") + `"`}},
		{name: "a Swedish reader gets the Swedish text", person: "visitor", lang: "sv", method: http.MethodGet, url: "/programs/alumni",
			status: http.StatusOK, want: []string{"Uppstartskväll", "<strong>alla par</strong>"}, not: []string{"Soirée de lancement"}},
		{name: "a visitor reads the events without answers", person: "visitor", method: http.MethodGet, url: "/programs/alumni",
			status: http.StatusOK, want: []string{`<h3 lang="fr">Soirée de lancement</h3>`}, not: []string{`id="answer-`}},
		{name: "the mentee answers from the programme page", person: "sven", method: http.MethodPost, url: answer,
			body: encodeForm("answer", "coming", "next", "/programs/alumni"), status: http.StatusSeeOther,
			check: func(t testing.TB, app *tests.TestApp) {
				if got := answerOf(t, app, wid("kickoff"), "sven"); got != "coming" {
					t.Errorf("answer %q", got)
				}
			}},
		{name: "the answer shows on the page", person: "sven", method: http.MethodGet, url: "/me", status: http.StatusOK,
			answered: "coming", want: []string{"You said you are coming."}},
		{name: "a mentee is not invited to the mentors' workshop", person: "sven", method: http.MethodPost, url: workshop,
			body: encodeForm("answer", "coming"), status: http.StatusForbidden, want: []string{"This event is not open to you."}},
		{name: "someone who applied nowhere is refused", person: "other", method: http.MethodPost, url: answer,
			body: encodeForm("answer", "coming"), status: http.StatusForbidden, want: []string{"This event is not open to you."}},
		{name: "a visitor without a link answers nothing", person: "visitor", method: http.MethodPost, url: answer,
			body: encodeForm("answer", "coming"), status: http.StatusNotFound, want: []string{"Page not found"}},
		{name: "an invitee answers through the API", person: "marie", method: http.MethodPost, url: rest,
			body: restBody("mentorsws", "marie"), status: http.StatusOK, want: []string{`"answer":"coming"`}},
		{name: "the API refuses a mentee's answer to the mentors' workshop", person: "sven", method: http.MethodPost, url: rest,
			body: restBody("mentorsws", "sven"), status: http.StatusBadRequest, want: []string{"events.error.not_invited"}},
		{name: "the API refuses an answer in someone else's name", person: "marie", method: http.MethodPost, url: rest,
			body: restBody("kickoff", "sven"), status: http.StatusBadRequest, want: []string{`"status":400`}},
		{name: "a partner does not read the answer", person: "marie", method: http.MethodGet, url: rest, status: http.StatusOK,
			answered: "coming", want: []string{`"totalItems":0`}},
		{name: "a filter on the answers finds nothing another person gave", person: "bea", method: http.MethodGet,
			url:    "/api/collections/events/records?filter=" + url.QueryEscape("event_rsvps_via_event.answer?='coming'"),
			status: http.StatusOK, answered: "coming", want: []string{`"totalItems":0`}},
		{name: "the coordinator reads every answer", person: "coord", method: http.MethodGet, url: rest, status: http.StatusOK,
			answered: "not_coming", want: []string{`"totalItems":1`, `"answer":"not_coming"`}},
		{name: "another programme's coordinator reads none", person: "othercoord", method: http.MethodGet, url: rest, status: http.StatusOK,
			answered: "coming", want: []string{`"totalItems":0`}},
	} {
		extra := []string{}
		if strings.HasPrefix(s.url, "/api/") {
			extra = []string{"Content-Type", "application/json"}
		}
		if s.lang != "" {
			extra = append(extra, "Cookie", "lang="+s.lang)
		}
		headers, factory := as(seedEventWorld, s.person, extra...)
		scenario := tests.ApiScenario{Name: s.name, Method: s.method, URL: s.url, Body: strings.NewReader(s.body),
			Headers: headers, ExpectedStatus: s.status, ExpectedContent: s.want, NotExpectedContent: s.not,
			TestAppFactory: func(t testing.TB) *tests.TestApp {
				app := factory(t)
				if s.answered != "" {
					apptest.Build(t, app).Record("event_rsvps", map[string]any{"event": wid("kickoff"), "user": wid("sven"), "answer": s.answered})
				}
				return app
			}}
		if check := s.check; check != nil {
			scenario.AfterTestFunc = func(t testing.TB, app *tests.TestApp, _ *http.Response) { check(t, app) }
		}
		scenario.Test(t)
	}
}
