package ui_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/mentorbase/mentorbase/apptest"
)

// The navigation's "Coordinate" link asks the database whether the person coordinates a
// programme once at most, and not at all for a visitor, on a page that has loaded one of the
// person's programmes already, or for an answer that only redirects.
func TestTheCoordinateLinkAsksOnlyWhenItMust(t *testing.T) {
	t.Parallel()
	app := newApp(t)
	b := apptest.Build(t, app)
	coord := b.Person("coord@example.org", "Camille Coord", "en")
	person := b.Person("marie@example.org", "Marie", "en")
	program := createProgram(t, app, "alumni", "Alumni mentoring", true, coord.Id)
	createProgram(t, app, "draft", "Draft mentoring", false, coord.Id)
	b.Application(program.Id, person.Id, "mentee", "approved")
	handler := newHandler(t, app)
	help := form(true, "program", program.Id, "topic", "A question", "body", "Where do we meet?")
	cases := []struct {
		name, method, url string
		cookie            string
		body              *strings.Reader
		status, asked     int
		link              bool
	}{
		{"a visitor", http.MethodGet, "/programs/alumni", cookies(t, nil), nil, 200, 0, false},
		{"a participant", http.MethodGet, "/programs/alumni", cookies(t, person), nil, 200, 1, false},
		{"a coordinator elsewhere", http.MethodGet, "/me", cookies(t, coord), nil, 200, 1, true},
		{"a coordinator on their programme", http.MethodGet, "/programs/alumni", cookies(t, coord), nil, 200, 0, true},
		{"a coordinator on their draft", http.MethodGet, "/programs/draft", cookies(t, coord), nil, 200, 0, true},
		{"a coordinator's support list", http.MethodGet, "/coordinate/alumni/support", cookies(t, coord), nil, 200, 0, true},
		{"a coordinator's programmes", http.MethodGet, "/coordinate", cookies(t, coord), nil, 200, 1, true},
		{"a participant's guess at the coordinators' page", http.MethodGet, "/coordinate", cookies(t, person), nil, 404, 1, false},
		{"a participant asking for help", http.MethodPost, "/help", cookies(t, person), help, http.StatusSeeOther, 0, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			headers := formHeaders(c.cookie)
			var status int
			var page string
			queries := apptest.Queries(app, func() {
				res := do(handler, c.method, c.url, c.body, headers)
				status, page = res.Code, res.Body.String()
			})
			if status != c.status {
				t.Fatalf("%s %s: %d, want %d", c.method, c.url, status, c.status)
			}
			asked := 0
			for _, q := range queries {
				if strings.Contains(q, "programs.coordinators") {
					asked++
				}
			}
			if asked != c.asked {
				t.Errorf("asked whether the person coordinates %d times, want %d", asked, c.asked)
			}
			if got := strings.Contains(page, `id="nav-coordinate"`); got != c.link {
				t.Errorf("Coordinate link shown: %v, want %v", got, c.link)
			}
		})
	}
}
