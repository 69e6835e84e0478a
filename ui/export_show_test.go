package ui_test

import (
	"encoding/csv"
	"encoding/json"
	"github.com/mentorbase/mentorbase/apptest"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/tests"
)

// exportedCollections is the collection behind each export and the REST filter of a
// programme's records in it.
var exportedCollections = map[string][2]string{
	"applications": {"applications", "program.slug = 'alumni'"},
	"pairs":        {"matches", "program.slug = 'alumni'"},
	"meetings":     {"meetings", "match.program.slug = 'alumni'"},
	"evaluations":  {"evaluations", "program.slug = 'alumni'"},
	"events":       {"events", "program.slug = 'alumni'"},
}

// Each CSV export holds one row per record the coordinator reads through the REST API, starts
// with the byte order mark and has its headers and its coded values (statuses, roles, kinds,
// modes) in the coordinator's language (Swedish here), with the portal's words; private notes
// and account secrets are in none of them.
func TestExportsHoldWhatTheCoordinatorReads(t *testing.T) {
	t.Parallel()
	app := seedFollowedPairs(t)
	handler := newHandler(t, app)
	coord := record(t, app, "users", wid("coord"))
	token, err := coord.NewAuthToken()
	if err != nil {
		t.Fatal(err)
	}
	headers := map[string]string{"Cookie": cookies(t, coord)}
	program, err := app.FindFirstRecordByData("programs", "slug", "alumni")
	if err != nil {
		t.Fatal(err)
	}
	apptest.Build(t, app).Record("events", map[string]any{"program": program.Id, "kind": "workshop", "title": "=HYPERLINK(\"http://evil\")",
		"starts_at": program.GetDateTime("starts_at"), "ends_at": program.GetDateTime("starts_at").Time().Add(time.Hour)})
	marie := record(t, app, "users", wid("marie"))
	secrets := []string{"Marie private note", feedToken("marie"), marie.GetString("tokenKey"), marie.GetString("password")}
	for what, source := range exportedCollections {
		res := do(handler, http.MethodGet, "/coordinate/alumni/export/"+what+".csv", nil, headers)
		if res.Code != http.StatusOK || !strings.HasPrefix(res.Header().Get("Content-Type"), "text/csv") {
			t.Fatalf("%s: %d %s", what, res.Code, res.Header().Get("Content-Type"))
		}
		body := res.Body.String()
		if !strings.HasPrefix(body, "\ufeff") {
			t.Errorf("%s: no byte order mark", what)
		}
		rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(body, "\ufeff"))).ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		if rows[0][0] != "Post-id" {
			t.Errorf("%s: the header is not in Swedish: %v", what, rows[0])
		}
		rest := do(handler, http.MethodGet, "/api/collections/"+source[0]+"/records?perPage=1&filter="+url.QueryEscape(source[1]),
			nil, map[string]string{"Authorization": token})
		var page struct{ TotalItems int }
		if err := json.Unmarshal(rest.Body.Bytes(), &page); err != nil || rest.Code != http.StatusOK {
			t.Fatalf("%s through REST: %d %s", what, rest.Code, rest.Body)
		}
		if len(rows)-1 != page.TotalItems || page.TotalItems == 0 {
			t.Errorf("%s: %d rows, the coordinator reads %d records through REST", what, len(rows)-1, page.TotalItems)
		}
		codedValuesInSwedish(t, what, rows)
		if what == "events" && rows[1][2] != "'=HYPERLINK(\"http://evil\")" {
			t.Errorf("the event's title is not made inert: %q", rows[1][2])
		}
		for _, secret := range secrets {
			if secret != "" && strings.Contains(body, secret) {
				t.Errorf("%s holds %q", what, secret)
			}
		}
	}
}

// storedCodes are the codes of the exports' coded columns as the database stores them.
var storedCodes = strings.Fields("submitted approved waitlisted rejected withdrawn imported mentor mentee coordinator " +
	"invitation draft invited active closed declined expired cancelled proposed confirmed held in_person video phone " +
	"kickoff closing workshop other scheduled all mentors mentees paired")

// codedValuesInSwedish checks that no coded column of an export (by its Swedish header) holds
// a stored code, and that each holds the Swedish word the portal shows for a value the
// followed pairs' world has.
func codedValuesInSwedish(t *testing.T, what string, rows [][]string) {
	t.Helper()
	want := map[string]map[string]string{ // header → a word the column must hold
		"applications": {"Status": "Godkänd", "Roll": "Mentor", "Mötesformer": ""},
		"pairs":        {"Status": "Pågår", "Avslutat av": "", "Ursprung": "Ihopparat av en samordnare"},
		"meetings":     {"Status": "Genomfört", "Form": ""},
		"evaluations":  {"Roll": ""},
		"events":       {"Typ": "Workshop", "Status": "Planerat", "Vilka som bjuds in": "Alla godkända deltagare"},
	}[what]
	for header, word := range want {
		column := slices.Index(rows[0], header)
		if column < 0 {
			t.Errorf("%s: no column %q in %v", what, header, rows[0])
			continue
		}
		found := word == ""
		for _, row := range rows[1:] {
			for _, value := range strings.Split(row[column], "; ") {
				if slices.Contains(storedCodes, value) {
					t.Errorf("%s, %s: the stored code %q, not the coordinator's word", what, header, value)
				}
			}
			found = found || row[column] == word
		}
		if !found {
			t.Errorf("%s, %s: no %q", what, header, word)
		}
	}
}

// Only the programme's coordinators download its exports, and only the known ones.
func TestExportsAreForCoordinatorsOnly(t *testing.T) {
	t.Parallel()
	for _, s := range []struct {
		name, person, file string
		status             int
	}{
		{"another programme's coordinator", "other", "pairs.csv", 404},
		{"a participant", "marie", "applications.csv", 404},
		{"an unknown export", "coord", "notes.csv", 404},
		{"not a CSV file", "coord", "pairs", 404},
		{"a visitor", "visitor", "pairs.csv", 303},
	} {
		headers, factory := as(seedFollowedPairs, s.person)
		(&tests.ApiScenario{Name: s.name, Method: http.MethodGet, URL: "/coordinate/alumni/export/" + s.file, Headers: headers,
			TestAppFactory: factory, ExpectedStatus: s.status, NotExpectedContent: []string{"Post-id"}}).Test(t)
	}
}

// The events export says which events are cancelled and, for each, how many are invited and
// how many said they are coming or not, as the events page counts them (answers the
// coordinator reads through the REST API).
func TestTheEventsExportSaysWhichAreCancelledAndWhoIsComing(t *testing.T) {
	t.Parallel()
	app := seedEventWorld(t)
	b := apptest.Build(t, app)
	for person, answer := range map[string]string{"marie": "coming", "sven": "not_coming"} {
		b.Record("event_rsvps", map[string]any{"event": wid("kickoff"), "user": findPerson(t, app, person).Id, "answer": answer})
	}
	workshop := record(t, app, "events", wid("mentorsws"))
	workshop.Set("status", "cancelled")
	b.Save(workshop)
	coord := findPerson(t, app, "coord")
	handler := newHandler(t, app)
	res := do(handler, http.MethodGet, "/coordinate/alumni/export/events.csv", nil, map[string]string{"Cookie": cookies(t, coord)})
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(res.Body.String(), "\ufeff"))).ReadAll()
	if err != nil || res.Code != http.StatusOK || len(rows) != 3 {
		t.Fatalf("%d, %d rows (%v): %s", res.Code, len(rows), err, res.Body)
	}
	token, err := coord.NewAuthToken()
	if err != nil {
		t.Fatal(err)
	}
	rest := do(handler, http.MethodGet, "/api/collections/event_rsvps/records?perPage=1&filter="+
		url.QueryEscape("event = '"+wid("kickoff")+"' && answer = 'coming'"), nil, map[string]string{"Authorization": token})
	var page struct{ TotalItems int }
	if err := json.Unmarshal(rest.Body.Bytes(), &page); err != nil || page.TotalItems != 1 {
		t.Fatalf("the coordinator reads %d answers coming through REST (%v): %s", page.TotalItems, err, rest.Body)
	}
	cell := func(row []string, header string) string {
		for i, h := range rows[0] {
			if h == header {
				return row[i]
			}
		}
		t.Fatalf("no column %q in %v", header, rows[0])
		return ""
	}
	for _, want := range []map[string]string{
		{"Title": "Soirée de lancement", "Status": "Scheduled", "Who is invited": "All approved participants", "Invited": "4", "Coming": "1", "Not coming": "1"},
		{"Title": "Atelier des mentors", "Status": "Cancelled", "Who is invited": "Mentors only", "Invited": "2", "Coming": "0", "Not coming": "0"},
	} {
		var row []string
		for _, r := range rows[1:] {
			if cell(r, "Title") == want["Title"] {
				row = r
			}
		}
		for header, value := range want {
			if row == nil || cell(row, header) != value {
				t.Errorf("%s, %s: got %v, want %q", want["Title"], header, row, value)
			}
		}
	}
}
