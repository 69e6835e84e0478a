package ui_test

import (
	"fmt"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/apptest"
	"github.com/mentorbase/mentorbase/mentoring"
)

// consolePagesWorld is a coordinated programme "many" of 40 mentors with a seat each and 60
// approved mentees (fillLargeProgramme: "mentee 1", "mentee 2"…, every fourth waitlisted), its
// coordinator, and the proposal computed: 40 proposed pairs, 20 mentees without a mentor.
func consolePagesWorld(t testing.TB) *tests.TestApp {
	t.Helper()
	return portalWorld(t, "console-pages", func(tb testing.TB, app *tests.TestApp) {
		coord := apptest.Build(tb, app).Person("coord@example.org", "Camille Coord", "en")
		program := createProgram(tb, app, "many", "Many mentees", true, coord.Id)
		apptest.Build(tb, app).Update(program, map[string]any{"default_capacity": 1})
		fillLargeProgramme(tb, app, program.Id, 40, 80, 0)
		if _, err := mentoring.Plan(app, program.Id); err != nil {
			tb.Fatal(err)
		}
	})
}

// consolePagesVisit is the world's portal and its coordinator's browser headers.
func consolePagesVisit(t testing.TB) (*tests.TestApp, http.Handler, map[string]string) {
	t.Helper()
	app := consolePagesWorld(t)
	coord, err := app.FindAuthRecordByEmail("users", "coord@example.org")
	if err != nil {
		t.Fatal(err)
	}
	return app, newHandler(t, app), formHeaders(cookies(t, coord))
}

// approvedMenteeNames are the world's approved mentees by name, as the console's name order
// lists them.
func approvedMenteeNames() []string {
	var names []string
	for i := range 80 {
		if i%4 != 0 {
			names = append(names, fmt.Sprintf("mentee %d", i))
		}
	}
	slices.Sort(names)
	return names
}

// Thirty mentees a page: the second page lists the next thirty in the order asked for, the
// counts stay the whole proposal's, and the filter stays in the pages' links and the form.
func TestConsolePagesThroughTheMentees(t *testing.T) {
	t.Parallel()
	_, handler, coord := consolePagesVisit(t)
	names := approvedMenteeNames()
	shown := func(body string) []string {
		var out []string
		for _, name := range names {
			if strings.Contains(body, "<td>"+name+"</td>") || strings.Contains(body, "<strong>"+name+"</strong>") {
				out = append(out, name)
			}
		}
		return out
	}
	const url = "/coordinate/many/matching?order=name"
	first := mustShow(t, handler, url, coord, 200, []string{`id="count-mentees">60<`, `id="count-matched">40<`,
		"Mentees 1–30 of 60", `<option value="name" selected>`,
		`href="/coordinate/many/matching?order=name&amp;page=2#console-list-heading"`,
		"the pairs proposed (40) will be told by e-mail"}, nil)
	if got := shown(first); !slices.Equal(got, names[:30]) {
		t.Errorf("page 1 lists %v, want %v", got, names[:30])
	}
	second := mustShow(t, handler, url+"&page=2", coord, 200, []string{"Mentees 31–60 of 60", `id="count-matched">40<`}, nil)
	if got := shown(second); !slices.Equal(got, names[30:]) {
		t.Errorf("page 2 lists %v, want %v", got, names[30:])
	}
	// the name a mentor is looked up by for Pair by hand is kept in the page links too
	mustShow(t, handler, url+"&mentor_q=ment", coord, 200,
		[]string{`href="/coordinate/many/matching?mentor_q=ment&amp;order=name&amp;page=2#console-list-heading"`}, nil)
	mustShow(t, handler, "/coordinate/many/matching?show=unmatched&q=mentee+1", coord, 200,
		[]string{`<option value="unmatched" selected>Without a mentor (20)</option>`, `name="q" value="mentee 1"`}, nil)
}

// The state is kept between requests, but an exclusion made through the REST API shows on the
// next visit, and each programme's console shows its own mentees.
func TestConsoleStateFollowsTheRestAPIAndStaysInItsProgramme(t *testing.T) {
	t.Parallel()
	w := seedMatching(t)
	handler := newHandler(t, w.app)
	coord := invitationBrowser(t, w, "coord")
	other := w.build.Programme("second-round", "Second round", map[string]any{"coordinators": []string{w.people["coord"].Id}, "published": true})
	newcomer := w.build.Person("newcomer@example.org", "Nora Newcomer", "en")
	w.build.Application(other.Id, newcomer.Id, "mentee", "approved")
	mustPost(t, handler, console+"/run", coord)
	nina, err := w.app.FindFirstRecordByData("matches", "mentee", mwApp("nina"))
	if err != nil {
		t.Fatal(err)
	}
	mustShow(t, handler, "/coordinate/second-round/matching", coord, 200,
		[]string{`id="count-mentees">1<`, "Nora Newcomer"}, []string{"Nina Novice"})
	mustShow(t, handler, console, coord, 200, []string{`id="console-drafts"`, `id="exclude-` + nina.Id + `"`},
		[]string{`class="excluded"`, "Nora Newcomer"})
	token, err := w.people["coord"].NewAuthToken()
	if err != nil {
		t.Fatal(err)
	}
	api := map[string]string{"Content-Type": "application/json", "Authorization": token}
	res := do(handler, http.MethodPatch, "/api/collections/matches/records/"+nina.Id, strings.NewReader(`{"excluded":true}`), api)
	if res.Code != http.StatusOK {
		t.Fatalf("excluding through the REST API: %d %s", res.Code, res.Body)
	}
	mustShow(t, handler, console, coord, 200, []string{`id="pair-` + nina.Id + `" class="excluded"`}, []string{`id="exclude-` + nina.Id + `"`})
}

// The console reads its programme once per state: a visit after the first sends only the
// page's own queries, however many mentees and pairs the programme has.
func TestTheConsoleReadsItsProgrammeOnce(t *testing.T) {
	t.Parallel()
	app, handler, coord := consolePagesVisit(t)
	queries := func(url string) int {
		var status int
		n := len(apptest.Queries(app, func() { status = do(handler, http.MethodGet, url, nil, coord).Code }))
		if status != http.StatusOK {
			t.Fatalf("GET %s: %d", url, status)
		}
		return n
	}
	first := queries("/coordinate/many/matching")
	again := queries("/coordinate/many/matching?page=2")
	t.Logf("the console of 60 mentees and 40 mentors: %d queries, then %d", first, again)
	const ceiling = 2 // the whole page, sign-in included, as it was when pinned
	if again >= first || again > ceiling {
		t.Errorf("the console sent %d queries on a second visit (%d on the first), want fewer and at most %d", again, first, ceiling)
	}
}
