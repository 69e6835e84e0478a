package ui_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/apptest"
)

// The booking page: Sven, Marie's mentee, sees her free Tuesday slots in his zone and books
// one, confirmed at once and mailed to both with a REQUEST; a slot taken meanwhile gives a
// clear message and the slots still free.
func TestBookingSlotsPage(t *testing.T) {
	t.Parallel()
	slots := "/matches/" + wid("matcha") + "/slots"
	five := tuesdayAt("Europe/Paris", 17)
	pick := func(at time.Time, more ...string) []string {
		return append([]string{"slot", at.UTC().Format(time.RFC3339), "mode", "video", "video_url", "https://meet.example.org/sv"}, more...)
	}
	booked := func(t testing.TB, app *tests.TestApp, _ *http.Response) {
		m, err := app.FindFirstRecordByData("meetings", "booked", true)
		if err != nil || m.GetString("status") != "confirmed" || !m.GetDateTime("starts_at").Time().Equal(five) ||
			m.GetDateTime("ends_at").Time().Sub(five) != time.Hour || m.GetString("proposed_by") != wid("sven") {
			t.Fatalf("booked meeting: %v (%v)", m, err)
		}
		letters, err := app.FindAllRecords("outbox", dbx.HashExp{"kind": "meeting_booked", "related_id": m.Id})
		if err != nil || len(letters) != 2 {
			t.Fatalf("want a meeting_booked letter to each, got %d (%v)", len(letters), err)
		}
		for _, l := range letters {
			if !strings.Contains(l.GetString("ics"), "METHOD:REQUEST") || !strings.Contains(l.GetString("ics"), "STATUS:CONFIRMED") {
				t.Errorf("letter to %s: no confirmed REQUEST invite", l.GetString("to"))
			}
		}
	}
	takenMeanwhile := func(t testing.TB, app *tests.TestApp) {
		apptest.Build(t, app).Meeting(wid("matcha"), wid("marie"), five.Add(30*time.Minute), "proposed")
	}
	cases := []struct {
		name, person, method string
		url                  string // the booking page when empty
		body                 []string
		setup                func(testing.TB, *tests.TestApp)
		status               int
		want, notWant        []string
		after                func(testing.TB, *tests.TestApp, *http.Response)
	}{
		{name: "the mentee sees Marie's Tuesday slots on Paris time", person: "sven", method: http.MethodGet, status: 200,
			want: []string{"Book a meeting with Marie Person", "Tuesday " + five.Format("2006-01-02"), "17:00–18:00", "18:00–19:00",
				"Times in your time zone, Europe/Paris", "A meeting lasts 60 minutes"}},
		{name: "shown in the viewer's own zone", person: "sven", method: http.MethodGet, status: 200,
			setup: func(t testing.TB, app *tests.TestApp) {
				apptest.Build(t, app).Record("availabilities", map[string]any{"user": wid("sven"), "timezone": "Europe/London"})
			},
			want: []string{"Times in your time zone, Europe/London", "16:00–17:00", "17:00–18:00"}, notWant: []string{"18:00–19:00"}},
		{name: "a slot hidden by the programme's event", person: "sven", method: http.MethodGet, status: 200,
			setup: func(t testing.TB, app *tests.TestApp) {
				program, _ := app.FindFirstRecordByData("programs", "slug", "alumni")
				apptest.Build(t, app).Event(program.Id, "workshop", "Workshop", five, map[string]any{"ends_at": five.Add(time.Hour)})
			},
			want: []string{"18:00–19:00"}, notWant: []string{`value="` + five.UTC().Format(time.RFC3339) + `"`}},
		{name: "the pair's page shows the next free slots, each a link to book it", person: "sven", method: http.MethodGet,
			url: "/matches/" + wid("matcha"), status: 200,
			want: []string{"Next free times Marie Person offers:", "Tuesday " + five.Format("2006-01-02") + ", 17:00–18:00",
				"/slots?slot=" + url.QueryEscape(five.UTC().Format(time.RFC3339)) + "#slot-book", "All the times Marie Person offers"}},
		{name: "the link comes with its slot chosen", person: "sven", method: http.MethodGet,
			url: slots + "?slot=" + url.QueryEscape(five.UTC().Format(time.RFC3339)), status: 200,
			want: []string{`value="` + five.UTC().Format(time.RFC3339) + `" checked`}},
		{name: "a free/busy calendar not read lately: the pair's page never waits on it, and links to the booking page",
			person: "sven", method: http.MethodGet, url: "/matches/" + wid("matcha"), status: 200,
			setup: func(t testing.TB, app *tests.TestApp) {
				hours, _ := app.FindRecordById("availabilities", wid("hoursmarie"))
				apptest.Build(t, app).Update(hours, map[string]any{"freebusy_url": "https://calendar.example.org/marie.ics"})
			},
			want: []string{"All the times Marie Person offers"}, notWant: []string{"Next free times"}},
		{name: "Marie sees that Sven offers no times yet", person: "marie", method: http.MethodGet, status: 200,
			want: []string{"Sven Person has not offered times to book yet."}},
		{name: "the mentee books 17:00: confirmed at once, both mailed", person: "sven", method: http.MethodPost,
			body: pick(five, "agenda", "My CV"), status: 303, after: booked},
		{name: "a slot taken meanwhile: a clear message and the free slots", person: "sven", method: http.MethodPost,
			body: pick(five), setup: takenMeanwhile, status: 422,
			want:    []string{"This time has just been booked or taken.", "18:00–19:00"},
			notWant: []string{`value="` + five.UTC().Format(time.RFC3339) + `"`}},
		{name: "no slot picked", person: "sven", method: http.MethodPost, body: []string{"mode", "phone"}, status: 422,
			want: []string{"Pick one of the free times."}},
		{name: "in person needs a place, the choice kept", person: "sven", method: http.MethodPost,
			body: pick(five, "mode", "in_person", "agenda", "My CV"), status: 422,
			want: []string{`id="e-location"`, ">My CV</textarea>", `value="` + five.UTC().Format(time.RFC3339) + `" checked`}},
		{name: "another pair's member finds nothing", person: "bob", method: http.MethodGet, status: 404, want: []string{"Page not found"}},
		{name: "nor may they book", person: "bob", method: http.MethodPost, body: pick(five), status: 404, want: []string{"Page not found"}},
	}
	for _, c := range cases {
		headers, factory := as(seedBooking, c.person)
		target := slots
		if c.url != "" {
			target = c.url
		}
		s := tests.ApiScenario{Name: c.name, Method: c.method, URL: target, Headers: headers, TestAppFactory: factory,
			ExpectedStatus: c.status, ExpectedContent: c.want, NotExpectedContent: c.notWant, AfterTestFunc: c.after}
		if c.method == http.MethodPost {
			s.Body = form(true, c.body...)
		}
		if c.setup != nil {
			setup := c.setup
			s.BeforeTestFunc = func(t testing.TB, app *tests.TestApp, _ *core.ServeEvent) { setup(t, app) }
		}
		s.Test(t)
	}
}
