package ui_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"
)

// The workspace scenarios run against two active pairs of one programme (Europe/Paris) with
// a meeting each: pair a is marie (mentor) and sven (mentee), pair b is bob and bea; coord
// coordinates the programme and other takes no part. Ids are fixed so tables can name them.

// wid pads a readable name to a 15-character record id.
func wid(name string) string { return name + strings.Repeat("0", 15-len(name)) }

// feedToken is the calendar token of a person of the workspace world.
func feedToken(person string) string { return person + strings.Repeat("t", 40-len(person)) }

var workspacePeople = []string{"marie", "sven", "bob", "bea", "coord", "other"}

func seedPairs(t testing.TB) *tests.TestApp {
	t.Helper()
	return portalWorld(t, "pairs", fillPairs)
}

// fillPairs saves the workspace world's people, programme, pairs and meetings.
func fillPairs(t testing.TB, app *tests.TestApp) {
	t.Helper()
	for _, name := range workspacePeople {
		saveWith(t, app, "users", name, map[string]any{
			"email": name + "@example.org", "name": strings.ToUpper(name[:1]) + name[1:] + " Person", "locale": "en",
			"calendar_token": feedToken(name), "phone": "+3360000000" + fmt.Sprint(len(name)), "verified": true, "password": password,
		})
	}
	program := createProgram(t, app, "alumni", "Alumni mentoring", true, wid("coord"))
	for _, p := range [][3]string{{"a", "marie", "sven"}, {"b", "bob", "bea"}} {
		mentor := saveWith(t, app, "applications", "app"+p[1], map[string]any{"program": program.Id, "user": wid(p[1]), "role": "mentor", "status": "approved"})
		mentee := saveWith(t, app, "applications", "app"+p[2], map[string]any{"program": program.Id, "user": wid(p[2]), "role": "mentee", "status": "approved"})
		saveWith(t, app, "matches", "match"+p[0], map[string]any{"program": program.Id, "mentor": mentor.Id, "mentee": mentee.Id, "status": "active", "origin": "coordinator"})
		start := time.Date(2031, 5, 6, 16, 0, 0, 0, time.UTC)
		saveWith(t, app, "meetings", "meeting"+p[0], map[string]any{"match": wid("match" + p[0]), "starts_at": start,
			"ends_at": start.Add(time.Hour), "mode": "phone", "status": "proposed", "proposed_by": wid(p[1]), "agenda": "Agenda of pair " + p[0]})
	}
}

func saveWith(t testing.TB, app core.App, collection, name string, data map[string]any) *core.Record {
	t.Helper()
	col, err := app.FindCollectionByNameOrId(collection)
	if err != nil {
		t.Fatal(err)
	}
	r := core.NewRecord(col)
	r.Id = wid(name)
	r.Load(data)
	mustSave(t, app, r)
	return r
}

func mustSave(t testing.TB, app core.App, r *core.Record) {
	t.Helper()
	if err := app.Save(r); err != nil {
		t.Fatalf("save %s: %v", r.Collection().Name, err)
	}
}

// countMails counts the outbox records of kind.
func countMails(t testing.TB, app core.App, kind string) int {
	t.Helper()
	n, err := app.CountRecords("outbox", dbx.HashExp{"kind": kind})
	if err != nil {
		t.Fatal(err)
	}
	return int(n)
}
