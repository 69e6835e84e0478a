package ui_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/mentorbase/mentorbase/apptest"
)

// The navigation's Coordinate link follows the programmes' coordinators at once, though the
// portal remembers who coordinates: a person made coordinator through the REST API sees it on
// their next page, and it goes on the next page once they are removed (the dashboard's
// superuser, the only one allowed to change coordinators, uses the REST API).
func TestTheCoordinateLinkFollowsTheRESTAPI(t *testing.T) {
	t.Parallel()
	app := newApp(t)
	b := apptest.Build(t, app)
	coord := b.Person("coord@example.org", "Camille Coord", "en")
	marie := b.Person("marie@example.org", "Marie", "en")
	program := createProgram(t, app, "alumni", "Alumni mentoring", true, coord.Id)
	handler := newHandler(t, app)
	token, err := b.Superuser("admin@example.org").NewAuthToken()
	if err != nil {
		t.Fatal(err)
	}
	link := `id="nav-coordinate"`
	for _, step := range []struct {
		coordinators string
		link         bool
	}{{"", false}, {`["` + coord.Id + `","` + marie.Id + `"]`, true}, {`["` + coord.Id + `"]`, false}} {
		if step.coordinators != "" {
			res := do(handler, http.MethodPatch, "/api/collections/programs/records/"+program.Id,
				strings.NewReader(`{"coordinators":`+step.coordinators+`}`),
				map[string]string{"Authorization": token, "Content-Type": "application/json"})
			if res.Code != http.StatusOK {
				t.Fatalf("PATCH coordinators %s: %d %s", step.coordinators, res.Code, res.Body)
			}
		}
		for range 2 { // the second page comes from what the portal remembers
			res := do(handler, http.MethodGet, "/account", nil, map[string]string{"Cookie": cookies(t, marie)})
			if res.Code != http.StatusOK {
				t.Fatalf("GET /account: %d", res.Code)
			}
			if got := strings.Contains(res.Body.String(), link); got != step.link {
				t.Errorf("coordinators %q: the Coordinate link shown %v, want %v", step.coordinators, got, step.link)
			}
		}
	}
}
