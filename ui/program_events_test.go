package ui_test

import (
	"net/http"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/apptest"
)

// seedEvents is the workspace world (seedPairs) with events: the alumni programme (Paris)
// holds its kickoff on 6 May 2031 at 16:00 UTC and held a closing ten days ago; another
// programme, which nobody of the pairs applied to, holds its own kickoff.
func seedEvents(t testing.TB) *tests.TestApp {
	t.Helper()
	return portalWorld(t, "events", func(t testing.TB, app *tests.TestApp) {
		fillPairs(t, app)
		fillEvents(t, app)
	})
}

// fillEvents adds the events to the workspace world.
func fillEvents(t testing.TB, app *tests.TestApp) {
	b := apptest.Build(t, app)
	alumni, err := app.FindFirstRecordByData("programs", "slug", "alumni")
	if err != nil {
		t.Fatal(err)
	}
	kickoff := time.Date(2031, 5, 6, 16, 0, 0, 0, time.UTC)
	b.Event(alumni.Id, "kickoff", "Kickoff evening", kickoff, map[string]any{"id": wid("kickoff"),
		"ends_at": kickoff.Add(2 * time.Hour), "location": "Main hall", "description": "Meet **every pair** of the year."})
	past := time.Now().AddDate(0, 0, -10)
	b.Event(alumni.Id, "closing", "Last closing party", past, map[string]any{"id": wid("closing"), "ends_at": past.Add(time.Hour)})
	other := createProgram(t, app, "other-programme", "Other programme", true)
	b.Event(other.Id, "kickoff", "Other kickoff", kickoff, map[string]any{"id": wid("otherkick")})
}

// TestProgrammeEventsComingUp: the programme page and My mentoring show the events to come,
// in the programme's time zone, and only those of the person's programmes.
func TestProgrammeEventsComingUp(t *testing.T) {
	t.Parallel()
	kickoff := []string{`id="event-` + wid("kickoff") + `"`, "Kickoff evening", "2031-05-06 18:00–20:00",
		"times in Europe/Paris", "Main hall", "<strong>every pair</strong>"}
	for _, s := range []struct {
		name, person, url string
		want, notWant     []string
	}{
		{"a visitor reads the programme's events", "visitor", "/programs/alumni", kickoff,
			[]string{"Last closing party", "Other kickoff"}},
		{"a mentor reads their programme's events", "marie", "/me", append(kickoff, "Alumni mentoring"),
			[]string{"Last closing party", "Other kickoff"}},
		{"someone who applied nowhere sees no event", "other", "/me", nil,
			[]string{"Kickoff evening", "Other kickoff", `id="events"`}},
	} {
		headers, factory := as(seedEvents, s.person)
		(&tests.ApiScenario{Name: s.name, Method: http.MethodGet, URL: s.url, Headers: headers, TestAppFactory: factory,
			ExpectedStatus: http.StatusOK, ExpectedContent: s.want, NotExpectedContent: s.notWant}).Test(t)
	}
}
