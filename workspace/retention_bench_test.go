package workspace_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"
	"golang.org/x/crypto/bcrypt"

	"github.com/mentorbase/mentorbase/apptest"
	"github.com/mentorbase/mentorbase/workspace"
)

// BenchmarkRetention anonymises three programmes that ended two years ago, 300 applications
// in 150 pairs, each pair with a held meeting, a message and an evaluation: the nightly job's
// work the first night after a busy year's retention ran out. Passwords are hashed at
// PocketBase's cost, as in production (the test kit lowers it), since a stand-in is an
// account. Each run gets a fresh copy of the world, outside the timer.
func BenchmarkRetention(b *testing.B) {
	now := time.Now()
	for b.Loop() {
		b.StopTimer()
		app := apptest.World(b, "retention", seedRetention)
		b.StartTimer()
		if n, err := workspace.ApplyRetention(app, now); err != nil || n != 3 {
			b.Fatalf("anonymised %d programmes (%v), want 3", n, err)
		}
	}
}

// seedRetention saves three ended programmes of 50 pairs each, then raises the password
// cost back to PocketBase's default.
func seedRetention(t testing.TB, app *tests.TestApp) {
	b := apptest.Build(t, app)
	ended := time.Now().AddDate(-2, 0, 0)
	for p := range 3 {
		program := b.Programme(fmt.Sprintf("ended-%d", p), "Ended", map[string]any{
			"starts_at": ended.AddDate(0, -6, 0), "ends_at": ended, "retention_months": 12})
		for i := range 50 {
			mentor := b.Person(fmt.Sprintf("mentor-%d-%d@example.org", p, i), "Mentor", "fr")
			mentee := b.Person(fmt.Sprintf("mentee-%d-%d@example.org", p, i), "Mentee", "sv")
			pair := b.Pair(program.Id, b.Application(program.Id, mentor.Id, "mentor", "approved").Id,
				b.Application(program.Id, mentee.Id, "mentee", "approved").Id, "active")
			meeting := b.Meeting(pair.Id, mentee.Id, ended.AddDate(0, -1, 0), "confirmed")
			b.Update(meeting, map[string]any{"status": "held", "minutes_spent": 60})
			b.Record("messages", map[string]any{"match": pair.Id, "author": mentor.Id, "body": "Hello"})
			b.Record("evaluations", map[string]any{"match": pair.Id, "program": program.Id, "author": mentee.Id,
				"kind": "final", "answers": map[string]any{"useful": 4, "highlights": "Much"}})
		}
	}
	users, err := app.FindCollectionByNameOrId("users")
	if err != nil {
		t.Fatal(err)
	}
	users.Fields.GetByName(core.FieldNamePassword).(*core.PasswordField).Cost = bcrypt.DefaultCost
	if err := app.Save(users); err != nil {
		t.Fatal(err)
	}
}
