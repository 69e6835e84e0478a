package ui_test

import (
	"testing"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/apptest"
	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

// seedCohort is a programme in three languages whose people are each in a different segment:
//
//	pair A: mentor Ana (fr) and mentee Bo (sv), agreed, met last week, Ana sent her midpoint
//	pair B: mentor Cy (en) and mentee Dee (fr), no agreement, last met 60 days ago
//	Eva (sv): approved mentee, unmatched (her invitation to Ana waits for an answer), coming to the kickoff
//	Finn (en): waitlisted mentee; Gus (en): rejected mentee, in no segment
//
// Claire coordinates it; Bo is also the mentee refused the page.
func seedCohort(t testing.TB, app *tests.TestApp) {
	now := time.Now().UTC()
	coord := saveWith(t, app, "users", "claire", map[string]any{"email": "claire@example.org", "name": "Claire Coord",
		"password": password, "verified": true, "locale": "en"})
	program := createProgram(t, app, "duo", "Duo", true, coord.Id)
	b := apptest.Build(t, app)
	b.Update(program, map[string]any{"languages": []string{"en", "fr", "sv"}, "contact_email": "contact@duo.example",
		"name_fr": "Duo FR", "name_sv": "Duo SV"})
	people := [][4]string{{"ana", "fr", "mentor", "approved"}, {"bo", "sv", "mentee", "approved"},
		{"cy", "en", "mentor", "approved"}, {"dee", "fr", "mentee", "approved"}, {"eva", "sv", "mentee", "approved"},
		{"finn", "en", "mentee", "waitlisted"}, {"gus", "en", "mentee", "rejected"}}
	for _, p := range people {
		saveWith(t, app, "users", p[0], map[string]any{"email": p[0] + "@example.org", "name": titled(p[0]) + " Lastname",
			"password": password, "verified": true, "locale": p[1]})
		saveWith(t, app, "applications", "app"+p[0], map[string]any{"program": program.Id, "user": wid(p[0]),
			"role": p[2], "status": p[3], "languages": []string{p[1]}, "meeting_modes": []string{"video"}, "consent": true})
	}
	agreed := kernel.Agreement{Frequency: "monthly", Modes: []string{"video"}, Expectations: "Talk."}
	pairA := saveWith(t, app, "matches", "paira", map[string]any{"program": program.Id, "mentor": wid("appana"),
		"mentee": wid("appbo"), "status": "active", "origin": "coordinator", "started_at": now.AddDate(0, 0, -90)})
	agreed.Store(pairA)
	b.Save(pairA)
	saveWith(t, app, "matches", "pairb", map[string]any{"program": program.Id, "mentor": wid("appcy"),
		"mentee": wid("appdee"), "status": "active", "origin": "coordinator", "started_at": now.AddDate(0, 0, -90)})
	saveWith(t, app, "matches", "evainvite", map[string]any{"program": program.Id, "mentor": wid("appana"),
		"mentee": wid("appeva"), "status": kernel.MatchInvited, "origin": "invitation", "message": "Hello Ana"})
	b.Meeting(wid("paira"), wid("ana"), now.AddDate(0, 0, -7), kernel.MeetingConfirmed)
	b.Meeting(wid("pairb"), wid("cy"), now.AddDate(0, 0, -60), kernel.MeetingConfirmed)
	b.Record(kernel.CollectionEvaluations, map[string]any{"match": wid("paira"), "program": program.Id, "author": wid("ana"),
		"kind": kernel.EvaluationMidpoint, "submitted_at": now.AddDate(0, 0, -2)})
	saveWith(t, app, "events", "kickoff", map[string]any{"program": program.Id, "kind": "kickoff", "title": "Kickoff",
		"title_en": "Kickoff", "title_fr": "Lancement",
		"starts_at": now.AddDate(0, 0, 10)})
	b.Record(kernel.CollectionEventRSVPs, map[string]any{"event": wid("kickoff"), "user": wid("eva"), "answer": kernel.RSVPComing})
	b.Record(kernel.CollectionEventRSVPs, map[string]any{"event": wid("kickoff"), "user": wid("ana"), "answer": kernel.RSVPNotComing})
}

func cohortWorld(t testing.TB) *tests.TestApp { return portalWorld(t, "cohort", seedCohort) }

func titled(s string) string { return string(s[0]-'a'+'A') + s[1:] }

// cohortLetters are the cohort mails queued, or those of the cohort mail mailID when given:
// the locale each recipient got it in.
func cohortLetters(t testing.TB, app core.App, mailID ...string) map[string]string {
	t.Helper()
	where := dbx.HashExp{"kind": workspace.KindCohortMail}
	if len(mailID) > 0 {
		where["related_id"] = mailID[0]
	}
	letters, err := app.FindAllRecords(kernel.CollectionOutbox, where)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, l := range letters {
		out[l.GetString("to")] += l.GetString("locale")
	}
	return out
}
