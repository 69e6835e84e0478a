package ui_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/pocketbase/dbx"
)

// The directory keeps its mentors' answer speeds and seats in use, and each mentee's current
// mentor; a pair
// changed through the REST API shows on the very next page, and one mentee's mentor never
// shows on another's page.
func TestTheDirectoryShowsAPairChangedThroughTheAPIAtOnce(t *testing.T) {
	t.Parallel()
	w := seedMatching(t)
	answered("ada", 3)(t, w) // one answer: too few to say how fast Ada answers
	invitation := w.build.Record("matches", map[string]any{"program": w.open.Id, "mentor": w.apps["ada"].Id,
		"mentee": w.apps["mia"].Id, "status": "invited", "origin": "invitation", "message": "Hello"})
	handler := newHandler(t, w.app)
	page := "/programs/open-mentors/mentors"
	mia := map[string]string{"Cookie": cookies(t, w.people["mia"])}
	fay := map[string]string{"Cookie": cookies(t, w.people["fay"])}
	mustShow(t, handler, page, fay, http.StatusOK, []string{`id="directory-has-mentor"`}, nil)
	body := mustShow(t, handler, page, mia, http.StatusOK, []string{"Ada Mentor"}, []string{`id="directory-has-mentor"`, "Répond en général"})
	if !strings.Contains(mwCard(body, "dee"), "Plus de place") {
		t.Fatalf("Dee's one seat is taken by Fay, yet her card says otherwise: %s", mwCard(body, "dee"))
	}

	api := func(person, id, body string) {
		t.Helper()
		token, err := w.people[person].NewAuthToken()
		if err != nil {
			t.Fatal(err)
		}
		res := do(handler, http.MethodPatch, "/api/collections/matches/records/"+id, strings.NewReader(body),
			map[string]string{"Content-Type": "application/json", "Authorization": token})
		if res.Code != http.StatusOK {
			t.Fatalf("PATCH %s as %s: %d %s", body, person, res.Code, res.Body)
		}
	}
	api("ada", invitation.Id, `{"status":"declined","response":"Too busy"}`)
	mustShow(t, handler, page, mia, http.StatusOK, []string{"Répond en général"}, nil)

	pair, err := w.app.FindFirstRecordByFilter("matches", "mentee = {:fay}", dbx.Params{"fay": w.apps["fay"].Id})
	if err != nil {
		t.Fatal(err)
	}
	api("coord", pair.Id, `{"status":"closed"}`)
	mustShow(t, handler, page, fay, http.StatusOK, []string{`class="button invite-button"`}, []string{`id="directory-has-mentor"`})
	if card := mwCard(mustShow(t, handler, page, mia, http.StatusOK, nil, nil), "dee"); card == "" || strings.Contains(card, "Plus de place") {
		t.Errorf("Dee's seat was freed through the REST API, yet her card says she has none: %s", card)
	}
}

// A directory reader's application is kept to decide whether she may browse; a coordinator's
// change of it through the REST API closes the directory on her very next page.
func TestTheDirectoryClosesAtOnceWhenTheMenteesApplicationChangesThroughTheAPI(t *testing.T) {
	t.Parallel()
	w := seedMatching(t)
	handler := newHandler(t, w.app)
	page := "/programs/open-mentors/mentors"
	mia := map[string]string{"Cookie": cookies(t, w.people["mia"])}
	mustShow(t, handler, page, mia, http.StatusOK, []string{"Ada Mentor"}, nil)
	token, err := w.people["coord"].NewAuthToken()
	if err != nil {
		t.Fatal(err)
	}
	res := do(handler, http.MethodPatch, "/api/collections/applications/records/"+mwApp("mia"), strings.NewReader(`{"status":"waitlisted"}`),
		map[string]string{"Content-Type": "application/json", "Authorization": token})
	if res.Code != http.StatusOK {
		t.Fatalf("waitlisting Mia through the REST API: %d %s", res.Code, res.Body)
	}
	mustShow(t, handler, page, mia, http.StatusForbidden, []string{"pas encore été acceptée"}, []string{"Ada Mentor"})
}
