package ui_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/core"

	engine "github.com/mentorbase/mentorbase/internal/matching"
	"github.com/mentorbase/mentorbase/mentoring"
)

// mwCard is the card of person's application on a directory page, "" when it is not there.
func mwCard(body, person string) string {
	at := strings.Index(body, `id="mentor-`+mwApp(person)+`"`)
	if at < 0 {
		return ""
	}
	end := strings.Index(body[at:], "</li>\n\n") // a card ends with a blank line
	if end < 0 {
		end = len(body) - at
	}
	return body[at : at+end]
}

// The directory keeps its mentors in memory; a mentor's change through the REST API shows on
// the very next page: new skills, a new name, leaving the directory.
func TestTheDirectoryShowsAMentorsChangeThroughTheAPIAtOnce(t *testing.T) {
	t.Parallel()
	w := seedMatching(t)
	handler := newHandler(t, w.app)
	mia := map[string]string{"Cookie": cookies(t, w.people["mia"])}
	page := func() string {
		t.Helper()
		res := do(handler, http.MethodGet, "/programs/open-mentors/mentors", nil, mia)
		if res.Code != http.StatusOK {
			t.Fatalf("directory: %d", res.Code)
		}
		return res.Body.String()
	}
	token, err := w.people["ada"].NewAuthToken()
	if err != nil {
		t.Fatal(err)
	}
	api := func(url, body string) {
		t.Helper()
		res := do(handler, http.MethodPatch, url, strings.NewReader(body),
			map[string]string{"Authorization": token, "Content-Type": "application/json"})
		if res.Code != http.StatusOK {
			t.Fatalf("PATCH %s %s: %d %s", url, body, res.Code, res.Body)
		}
	}
	if card := mwCard(page(), "ada"); !strings.Contains(card, "Leadership (fr)") || strings.Contains(card, "Finance (fr)") {
		t.Fatalf("Ada's card before: %s", card)
	}
	api("/api/collections/applications/records/"+mwApp("ada"), fmt.Sprintf(`{"skills":[%q]}`, w.tags["finance"].Id))
	if card := mwCard(page(), "ada"); !strings.Contains(card, "Finance (fr)") || strings.Contains(card, "<strong>Compétences :</strong> Leadership") {
		t.Errorf("Ada's card after she changed her skills: %s", card)
	}
	api("/api/collections/users/records/"+w.people["ada"].Id, `{"name":"Ada Renamed"}`)
	if card := mwCard(page(), "ada"); !strings.Contains(card, "Ada Renamed") {
		t.Errorf("Ada's card after she renamed herself: %s", card)
	}
	api("/api/collections/applications/records/"+mwApp("ada"), `{"listed_in_directory":false}`)
	if body := page(); strings.Contains(body, "Ada Renamed") || !strings.Contains(body, "Mentors trouvés : 2") {
		t.Errorf("the directory after Ada left it still lists her, or miscounts")
	}
}

// Each mentee reads her own score with a mentor, whoever asked before her: the kept rankings
// and explanations are the viewer's.
func TestTwoMenteesNeverSeeEachOthersScores(t *testing.T) {
	t.Parallel()
	w := seedMatching(t)
	mentees := map[string]*core.Record{"mia": w.apps["mia"], "fay": w.build.Update(w.apps["fay"], map[string]any{
		"development_areas": []string{w.tags["finance"].Id}, "languages": []string{"sv"}, "area": "Svealand",
		"city": "Stockholm", "meeting_modes": []string{"in_person"}})}
	bo := w.build.Update(w.apps["bo"], map[string]any{"languages": []string{"sv", "fr"}}) // a language with each
	criteria, err := mentoring.ProgramCriteria(w.open)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{}
	for person, mentee := range mentees {
		score := engine.Score(mentoring.Profile(mentee), mentoring.Profile(bo), criteria).Score
		want[person] = fmt.Sprintf(`<span aria-hidden="true">%d/100</span>`, score)
	}
	if want["mia"] == want["fay"] {
		t.Fatalf("Mia and Fay score Bo alike (%s): the test would prove nothing", want["mia"])
	}
	handler := newHandler(t, w.app)
	for _, person := range []string{"mia", "fay", "mia", "fay"} {
		headers := map[string]string{"Cookie": cookies(t, w.people[person])}
		for _, url := range []string{"/programs/open-mentors/mentors", "/programs/open-mentors/mentors/" + mwApp("bo")} {
			res := do(handler, http.MethodGet, url, nil, headers)
			body := res.Body.String()
			if card := mwCard(body, "bo"); card != "" {
				body = card
			}
			if res.Code != http.StatusOK || !strings.Contains(body, want[person]) {
				t.Errorf("%s reads Bo's score on %s without %s (%d)", person, url, want[person], res.Code)
			}
		}
	}
}

// The directory keeps its programme too; the coordinator's change through the REST API shows
// on the very next page: a new name, then the programme unpublished, its directory gone.
func TestTheDirectoryShowsAProgrammesChangeThroughTheAPIAtOnce(t *testing.T) {
	t.Parallel()
	w := seedMatching(t)
	handler := newHandler(t, w.app)
	mia := map[string]string{"Cookie": cookies(t, w.people["mia"])}
	page := func() (int, string) {
		res := do(handler, http.MethodGet, "/programs/open-mentors/mentors", nil, mia)
		return res.Code, res.Body.String()
	}
	token, err := w.people["coord"].NewAuthToken()
	if err != nil {
		t.Fatal(err)
	}
	api := func(body string) {
		t.Helper()
		res := do(handler, http.MethodPatch, "/api/collections/programs/records/"+w.open.Id, strings.NewReader(body),
			map[string]string{"Authorization": token, "Content-Type": "application/json"})
		if res.Code != http.StatusOK {
			t.Fatalf("PATCH %s: %d %s", body, res.Code, res.Body)
		}
	}
	if code, body := page(); code != http.StatusOK || !strings.Contains(body, "Open Mentors") {
		t.Fatalf("the directory before: %d", code)
	}
	api(`{"name":"Mentors Ouverts","name_en":"Mentors Ouverts"}`)
	if code, body := page(); code != http.StatusOK || !strings.Contains(body, "Mentors Ouverts") || strings.Contains(body, "Open Mentors") {
		t.Errorf("the directory after the programme was renamed: %d, still the old name or not the new", code)
	}
	api(`{"published":false}`)
	if code, body := page(); code != http.StatusNotFound || strings.Contains(body, "Ada Mentor") {
		t.Errorf("the directory of an unpublished programme answers %d", code)
	}
}

// The tags' labels are kept for each language; a tag renamed through the REST API reads
// with its new label on the very next page, on the cards, in the scores and in the filter.
func TestTheDirectoryShowsATagRenamedThroughTheAPIAtOnce(t *testing.T) {
	t.Parallel()
	w := seedMatching(t)
	handler := newHandler(t, w.app)
	mia := map[string]string{"Cookie": cookies(t, w.people["mia"])}
	token, err := w.build.Superuser("admin@example.org").NewAuthToken()
	if err != nil {
		t.Fatal(err)
	}
	page := func() string {
		res := do(handler, http.MethodGet, "/programs/open-mentors/mentors", nil, mia)
		if res.Code != http.StatusOK {
			t.Fatalf("directory: %d", res.Code)
		}
		return res.Body.String()
	}
	if body := page(); !strings.Contains(mwCard(body, "ada"), "Leadership (fr)") {
		t.Fatalf("Ada's card before: %s", mwCard(body, "ada"))
	}
	res := do(handler, http.MethodPatch, "/api/collections/tags/records/"+w.tags["leadership"].Id, strings.NewReader(`{"label_fr":"Conduite d'équipe"}`),
		map[string]string{"Authorization": token, "Content-Type": "application/json"})
	if res.Code != http.StatusOK {
		t.Fatalf("PATCH the tag: %d %s", res.Code, res.Body)
	}
	body := page()
	card := mwCard(body, "ada")
	if strings.Contains(body, "Leadership (fr)") || strings.Count(card, "Conduite d&#39;équipe") < 2 ||
		!strings.Contains(body, `<option value="`+w.tags["leadership"].Id+`">Conduite d&#39;équipe</option>`) {
		t.Errorf("after the tag was renamed, the card, its score or the filter keep the old label:\n%s", card)
	}
}
