package ui_test

import (
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"
	"github.com/pocketbase/pocketbase/tools/filesystem"

	"github.com/mentorbase/mentorbase/apptest"
)

// The privacy scenarios run on the workspace world (match_seed_test.go) where sven, mentee
// of pair a with marie, has a record of every kind the export holds: a charter acceptance, a
// message with a file (and marie's answer), a road-book with a file, an evaluation, a goal, a
// private note, a help request and an event answer.

func seedPrivacy(t testing.TB) *tests.TestApp {
	t.Helper()
	return portalWorld(t, "privacy", func(t testing.TB, app *tests.TestApp) {
		fillPairs(t, app)
		fillPrivacy(t, app)
	})
}

// pdf is a file that passes the attachments' PDF type check.
func pdf(t testing.TB, name string) *filesystem.File {
	t.Helper()
	f, err := filesystem.NewFileFromBytes([]byte("%PDF-1.4\n% sven's CV\n%%EOF\n"), name)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// fillPrivacy gives sven one record of every kind.
func fillPrivacy(t testing.TB, app *tests.TestApp) {
	t.Helper()
	b := apptest.Build(t, app)
	program, err := app.FindFirstRecordByData("programs", "slug", "alumni")
	if err != nil {
		t.Fatal(err)
	}
	charter := b.Charter(program.Id, 1, time.Now().AddDate(0, -1, 0))
	b.Acceptance(wid("sven"), charter.Id, "mentee", time.Now())
	match := wid("matcha")
	b.Record("messages", map[string]any{"match": match, "author": wid("sven"),
		"body": "A question about internships", "attachments": []*filesystem.File{pdf(t, "cv.pdf")}})
	b.Record("messages", map[string]any{"match": match, "author": wid("marie"), "body": "Marie's answer"})
	b.Record("roadbooks", map[string]any{"match": match, "professional_project": "My project",
		"attachment": pdf(t, "roadbook.pdf")})
	b.Record("evaluations", map[string]any{"match": match, "program": program.Id, "author": wid("sven"),
		"kind": "first_interview", "answers": map[string]any{"useful": 5}})
	b.Record("goals", map[string]any{"match": match, "title": "Find an internship", "created_by": wid("sven")})
	b.Record("checkins", map[string]any{"match": match, "author": wid("sven"), "answer": "in_touch"})
	b.Record("notes", map[string]any{"match": match, "author": wid("sven"), "body": "Sven's private note"})
	b.Record("support_requests", map[string]any{"user": wid("sven"), "program": program.Id,
		"topic": "Sven needs help", "body": "Sven's request", "status": "open"})
	event := b.Event(program.Id, "kickoff", "Kickoff", time.Now().AddDate(0, 0, 10))
	b.Record("event_rsvps", map[string]any{"event": event.Id, "user": wid("sven"), "answer": "coming"})
	b.Record("availabilities", map[string]any{"user": wid("sven"), "timezone": "Europe/Stockholm",
		"weekly": `[{"day":"tue","from":"17:00","to":"19:00"}]`, "freebusy_url": "https://calendar.example.org/sven.ics"})
}

// privacyLog is the privacy log as "kind via actor" lines.
func privacyLog(t testing.TB, app core.App) []string {
	t.Helper()
	entries, err := app.FindAllRecords("privacy_log")
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, e := range entries {
		lines = append(lines, e.GetString("kind")+" "+e.GetString("via")+" "+e.GetString("actor"))
	}
	return lines
}
