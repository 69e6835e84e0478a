package ui_test

import (
	"net/http"
	"testing"

	"github.com/pocketbase/pocketbase/tests"
)

// The availability page: a member of an active pair sets their times; what needs fixing is
// said beside each field, in the reader's language, with everything typed kept.
func TestBookingHoursPage(t *testing.T) {
	t.Parallel()
	hours := "/matches/" + wid("matcha") + "/hours"
	saved := func(t testing.TB, app *tests.TestApp, _ *http.Response) {
		r, err := app.FindFirstRecordByData("availabilities", "user", wid("sven"))
		if err != nil || r.GetString("timezone") != "Europe/Stockholm" || r.GetString("days_off") != `[{"from":"2026-12-24","to":"2027-01-02"}]` ||
			r.GetString("weekly") != `[{"day":"tue","from":"17:00","to":"19:00"}]` {
			t.Errorf("saved availability: %v (%v)", r, err)
		}
	}
	cases := []struct {
		name, person, method string
		body                 []string
		status               int
		want, notWant        []string
		after                func(testing.TB, *tests.TestApp, *http.Response)
	}{
		{name: "a member opens the form, on the programme's zone", person: "sven", method: http.MethodGet, status: 200,
			want: []string{`value="Europe/Paris"`, `<option value="60" selected>`, "Tuesday", `name="days_off"`}},
		{name: "a member saves Tuesdays 17–19 and a period off", person: "sven", method: http.MethodPost, status: 303,
			body:  []string{"timezone", "Europe/Stockholm", "slot_minutes", "60", "tue", "17:00–19:00", "days_off", "2026-12-24 – 2027-01-02"},
			after: saved},
		{name: "every mistake beside its field, nothing lost", person: "sven", method: http.MethodPost, status: 422,
			body: []string{"timezone", "Europe/Paris", "slot_minutes", "60", "tue", "19:00–17:00", "thu", "9h–9h30", "extra", "demain 10-11"},
			want: []string{"19:00–17:00: the end must come after the start.", "09:00–09:30 is shorter than one meeting of 60 minutes.",
				"“demain 10-11” is not a date", `value="19:00–17:00"`, `value="9h–9h30"`, ">demain 10-11</textarea>"}},
		{name: "another pair's member finds nothing", person: "bea", method: http.MethodGet, status: 404, want: []string{"Page not found"}},
		{name: "a coordinator has no times of a pair to set", person: "coord", method: http.MethodGet, status: 403, want: []string{"Not allowed"}},
	}
	for _, c := range cases {
		headers, factory := as(seedPairs, c.person)
		s := tests.ApiScenario{Name: c.name, Method: c.method, URL: hours, Headers: headers, TestAppFactory: factory,
			ExpectedStatus: c.status, ExpectedContent: c.want, NotExpectedContent: c.notWant, AfterTestFunc: c.after}
		if c.method == http.MethodPost {
			s.Body = form(true, c.body...)
		}
		s.Test(t)
	}
}
