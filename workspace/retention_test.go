package workspace_test

import (
	"testing"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/apptest"
	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

// A programme that ended more than its retention ago is anonymised once: its applications
// pass to "former participant"s with their answers cleared, its messages, notes and help
// requests go, its meetings lose their places and agendas, and what its report counts stays
// (statuses, meetings, evaluations). A programme still within its retention is untouched, and
// the people keep their accounts.
func TestRetentionAnonymisesExpiredProgrammes(t *testing.T) {
	app := apptest.New(t)
	b := apptest.Build(t, app)
	now := time.Now()
	mentor := b.Person("mentor@example.org", "Marie Mentor", "fr")
	mentee := b.Person("mentee@example.org", "Sven Mentee", "sv")
	programme := func(slug string, endedMonthsAgo int) (*core.Record, *core.Record) {
		end := now.AddDate(0, -endedMonthsAgo, 0)
		p := b.Programme(slug, slug, map[string]any{"starts_at": end.AddDate(0, -3, 0), "ends_at": end, "retention_months": 12})
		m := b.Pair(p.Id, b.Application(p.Id, mentor.Id, "mentor", "approved", map[string]any{"bio": "Marie's life"}).Id,
			b.Application(p.Id, mentee.Id, "mentee", "approved").Id, "active")
		meeting := b.Meeting(m.Id, mentee.Id, end.AddDate(0, -1, 0), "confirmed", map[string]any{"location": "Sven's office"})
		b.Update(meeting, map[string]any{"status": "held", "minutes_spent": 60})
		b.Record("messages", map[string]any{"match": m.Id, "author": mentee.Id, "body": "Hello"})
		b.Record("notes", map[string]any{"match": m.Id, "author": mentor.Id, "body": "Private"})
		b.Record("evaluations", map[string]any{"match": m.Id, "program": p.Id, "author": mentee.Id, "kind": "final", "answers": map[string]any{"useful": 4, "highlights": "Sven's divorce", "next_step": "Call Anna"}})
		b.Update(m, map[string]any{"agreement": map[string]any{"frequency": "monthly", "modes": []string{"video"},
			"expectations": "Help with Sven's CV", "proposed_by": mentee.Id}})
		b.Record("support_requests", map[string]any{"user": mentee.Id, "program": p.Id, "topic": "Help", "body": "Please", "status": "open"})
		return p, m
	}
	expired, expiredPair := programme("expired", 13)
	kept, keptPair := programme("kept", 11)

	for run, want := range []int{1, 0} {
		if n, err := workspace.ApplyRetention(app, now); err != nil || n != want {
			t.Fatalf("run %d anonymised %d programmes (%v), want %d", run+1, n, err, want)
		}
	}
	count := func(collection string, match *core.Record) int {
		n, err := app.CountRecords(collection, dbx.HashExp{"match": match.Id})
		if err != nil {
			t.Fatal(err)
		}
		return int(n)
	}
	for _, c := range []struct {
		name                  string
		program, match        *core.Record
		messages, notes, help int
		location              string
		formerParticipants    bool
	}{
		{"expired", expired, expiredPair, 0, 0, 0, "", true},
		{"kept", kept, keptPair, 1, 1, 1, "Sven's office", false},
	} {
		applications, err := app.FindAllRecords("applications", dbx.HashExp{"program": c.program.Id})
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range applications {
			user, err := app.FindRecordById("users", a.GetString("user"))
			if err != nil || kernel.IsFormerParticipant(user) != c.formerParticipants || (c.formerParticipants && a.GetString("bio") != "") {
				t.Errorf("%s: application of %q (bio %q), want former participants %v", c.name, user.GetString("name"), a.GetString("bio"), c.formerParticipants)
			}
			if a.GetString("status") != "approved" {
				t.Errorf("%s: application became %s", c.name, a.GetString("status"))
			}
		}
		help, _ := app.CountRecords("support_requests", dbx.HashExp{"program": c.program.Id})
		meeting, _ := app.FindFirstRecordByData("meetings", "match", c.match.Id)
		// The meeting sven proposed is his stand-in's, which no password signs in to.
		proposer, err := app.FindRecordById("users", meeting.GetString("proposed_by"))
		if err != nil || kernel.IsFormerParticipant(proposer) != c.formerParticipants ||
			(c.formerParticipants && (proposer.ValidatePassword("!") || proposer.ValidatePassword(apptest.Password))) {
			t.Errorf("%s: the meeting was proposed by %q (%v)", c.name, proposer.GetString("name"), err)
		}
		if count("messages", c.match) != c.messages || count("notes", c.match) != c.notes || int(help) != c.help ||
			meeting.GetString("location") != c.location || meeting.GetInt("minutes_spent") != 60 || count("evaluations", c.match) != 1 {
			t.Errorf("%s: messages %d, notes %d, help %d, meeting at %q (%d min), evaluations %d", c.name, count("messages", c.match),
				count("notes", c.match), help, meeting.GetString("location"), meeting.GetInt("minutes_spent"), count("evaluations", c.match))
		}
	}
	// What people wrote in the expired programme's evaluations and agreement goes; the scores
	// and the agreed rhythm that the report counts stay. The kept programme keeps its words.
	for _, c := range []struct {
		match                    *core.Record
		highlights, expectations string
	}{{expiredPair, "", ""}, {keptPair, "Sven's divorce", "Help with Sven's CV"}} {
		evaluation, err := app.FindFirstRecordByData("evaluations", "match", c.match.Id)
		if err != nil {
			t.Fatal(err)
		}
		answers := map[string]any{}
		if err := evaluation.UnmarshalJSONField("answers", &answers); err != nil {
			t.Fatal(err)
		}
		pair, err := app.FindRecordById("matches", c.match.Id)
		if err != nil {
			t.Fatal(err)
		}
		agreement, _ := kernel.ReadAgreement(pair)
		if highlights, _ := answers["highlights"].(string); highlights != c.highlights || answers["useful"] != float64(4) ||
			agreement.Expectations != c.expectations || agreement.Frequency != "monthly" {
			t.Errorf("evaluation answers %v, agreement %+v; want highlights %q and expectations %q, the score and rhythm kept",
				answers, agreement, c.highlights, c.expectations)
		}
	}
	if _, err := app.FindRecordById("users", mentee.Id); err != nil {
		t.Error("the mentee's account went with the programme's data")
	}
}
