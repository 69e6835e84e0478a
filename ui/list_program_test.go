package ui_test

import (
	"net/http"
	"strings"
	"testing"
)

// The coordinators' lists keep their programme; a change through the REST API shows on the
// very next page: a new name, then the coordinator taken off the programme finds neither list.
func TestTheCoordinatorsListsShowAProgrammesChangeThroughTheAPIAtOnce(t *testing.T) {
	t.Parallel()
	app := seedFollowedPairs(t)
	handler := newHandler(t, app)
	coord := map[string]string{"Cookie": cookies(t, record(t, app, "users", wid("coord")))}
	program, err := app.FindFirstRecordByData("programs", "slug", "alumni")
	if err != nil {
		t.Fatal(err)
	}
	headers := map[string]string{"Authorization": superuserToken(t, app), "Content-Type": "application/json"}
	api := func(body string) {
		t.Helper()
		res := do(handler, http.MethodPatch, "/api/collections/programs/records/"+program.Id, strings.NewReader(body), headers)
		if res.Code != http.StatusOK {
			t.Fatalf("PATCH %s: %d %s", body, res.Code, res.Body)
		}
	}
	lists := []string{"/coordinate/alumni/pairs", "/coordinate/alumni/applications"}
	for _, url := range lists {
		if res := do(handler, http.MethodGet, url, nil, coord); res.Code != http.StatusOK || !strings.Contains(res.Body.String(), "Alumni mentoring") {
			t.Fatalf("GET %s before: %d", url, res.Code)
		}
	}
	api(`{"name":"Alumni renamed","name_en":"Alumni renamed"}`)
	for _, url := range lists {
		if res := do(handler, http.MethodGet, url, nil, coord); !strings.Contains(res.Body.String(), "Alumni renamed") ||
			strings.Contains(res.Body.String(), "Alumni mentoring") {
			t.Errorf("GET %s after the programme was renamed: %d, still the old name or not the new", url, res.Code)
		}
	}
	api(`{"coordinators":["` + wid("other") + `"]}`)
	for _, url := range lists {
		if res := do(handler, http.MethodGet, url, nil, coord); res.Code != http.StatusNotFound || strings.Contains(res.Body.String(), "Marie Person") {
			t.Errorf("GET %s by a coordinator taken off the programme: %d", url, res.Code)
		}
	}
}
