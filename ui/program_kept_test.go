package ui_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/mentorbase/mentorbase/apptest"
)

// The pair's pages and /me keep the programmes in memory; a change through the REST API shows
// on the very next page: a new name on both, and a coordinator taken off the programme no
// longer opens its pairs.
func TestThePairsPagesShowAProgrammesChangeThroughTheAPIAtOnce(t *testing.T) {
	t.Parallel()
	app := seedPairs(t)
	handler := newHandler(t, app)
	sven := map[string]string{"Cookie": cookies(t, findPerson(t, app, "sven"))}
	coord := map[string]string{"Cookie": cookies(t, findPerson(t, app, "coord"))}
	match := "/matches/" + wid("matcha")
	page := func(url string, headers map[string]string) (int, string) {
		res := do(handler, http.MethodGet, url, nil, headers)
		return res.Code, res.Body.String()
	}
	token, err := apptest.Build(t, app).Superuser("admin@example.org").NewAuthToken()
	if err != nil {
		t.Fatal(err)
	}
	programs, err := app.FindAllRecords("programs")
	if err != nil || len(programs) != 1 {
		t.Fatalf("the world's programme: %v", err)
	}
	api := func(body string) {
		t.Helper()
		res := do(handler, http.MethodPatch, "/api/collections/programs/records/"+programs[0].Id, strings.NewReader(body),
			map[string]string{"Authorization": token, "Content-Type": "application/json"})
		if res.Code != http.StatusOK {
			t.Fatalf("PATCH %s: %d %s", body, res.Code, res.Body)
		}
	}
	for _, url := range []string{match, "/me"} {
		if code, body := page(url, sven); code != http.StatusOK || !strings.Contains(body, "Alumni mentoring") {
			t.Fatalf("%s before: %d", url, code)
		}
	}
	if code, _ := page(match, coord); code != http.StatusOK {
		t.Fatalf("the coordinator's match page before: %d", code)
	}
	api(`{"name":"Alumni renamed","name_en":"Alumni renamed"}`)
	for _, url := range []string{match, "/me"} {
		if code, body := page(url, sven); code != http.StatusOK || !strings.Contains(body, "Alumni renamed") || strings.Contains(body, "Alumni mentoring") {
			t.Errorf("%s after the programme was renamed: %d, still the old name or not the new", url, code)
		}
	}
	api(`{"coordinators":[]}`)
	if code, _ := page(match, coord); code != http.StatusNotFound {
		t.Errorf("the match page of a coordinator taken off the programme answers %d", code)
	}
}
