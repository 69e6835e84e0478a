package ui_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/apptest"
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
	b := apptest.Build(t, app)
	for _, name := range workspacePeople {
		b.Person(name+"@example.org", strings.ToUpper(name[:1])+name[1:]+" Person", "en", map[string]any{
			"id": wid(name), "calendar_token": feedToken(name), "phone": "+3360000000" + fmt.Sprint(len(name)),
		})
	}
	program := createProgram(t, app, "alumni", "Alumni mentoring", true, wid("coord"))
	for _, p := range [][3]string{{"a", "marie", "sven"}, {"b", "bob", "bea"}} {
		mentor := b.Application(program.Id, wid(p[1]), "mentor", "approved", map[string]any{"id": wid("app" + p[1])})
		mentee := b.Application(program.Id, wid(p[2]), "mentee", "approved", map[string]any{"id": wid("app" + p[2])})
		b.Pair(program.Id, mentor.Id, mentee.Id, "active", map[string]any{"id": wid("match" + p[0])})
		start := time.Date(2031, 5, 6, 16, 0, 0, 0, time.UTC)
		b.Meeting(wid("match"+p[0]), wid(p[1]), start, "proposed", map[string]any{"id": wid("meeting" + p[0]),
			"mode": "phone", "agenda": "Agenda of pair " + p[0]})
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
