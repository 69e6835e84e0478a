package ui_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/mentorbase/mentorbase/apptest"
)

// The applications list keeps how many applications each filter finds, and forgets it at
// once when an application or an applicant changes through the REST API: a coordinator's
// decision shows in the count of the next page, an applicant's new name in the next search.
func TestTheApplicationsCountShowsAChangeThroughTheRESTAPIAtOnce(t *testing.T) {
	t.Parallel()
	app := bulkWorld(t)
	handler := newHandler(t, app)
	coord, ana := findPerson(t, app, "coord"), findPerson(t, app, "ana")
	page := map[string]string{"Cookie": cookies(t, coord)}
	view := func(url, want string) int {
		t.Helper()
		var body string
		n := len(apptest.Queries(app, func() { body = do(handler, http.MethodGet, url, nil, page).Body.String() }))
		if !strings.Contains(body, want) {
			t.Errorf("GET %s does not say %q", url, want)
		}
		return n
	}
	api := func(person, path, body string) {
		t.Helper()
		token, err := findPerson(t, app, person).NewAuthToken()
		if err != nil {
			t.Fatal(err)
		}
		headers := map[string]string{"Authorization": token, "Content-Type": "application/json"}
		if res := do(handler, http.MethodPatch, path, strings.NewReader(body), headers); res.Code != http.StatusOK {
			t.Fatalf("PATCH %s: %d %s", path, res.Code, res.Body)
		}
	}
	const approved, search = "/coordinate/lille/applications?status=approved", "/coordinate/lille/applications?q=Zelda"
	before := view(approved, "Candidatures trouvées : 0")
	if again := view(approved, "Candidatures trouvées : 0"); again >= before {
		t.Errorf("the second view sent %d queries, the first %d: the count was not kept", again, before)
	}
	view(search, "Candidatures trouvées : 0")

	api("coord", "/api/collections/applications/records/"+wid("appana"), `{"status":"approved"}`)
	view(approved, "Candidatures trouvées : 1")
	api("ana", "/api/collections/users/records/"+ana.Id, `{"name":"Zelda"}`)
	view(search, "Candidatures trouvées : 1")
}
