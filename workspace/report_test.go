package workspace_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/apptest"
	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

// reportWorld is a programme ending in three days: five mentee applications (four
// approved), two mentors, and four pairs at every stage of the funnel, with their meetings
// and evaluations.
func reportWorld(t *testing.T) (core.App, *core.Record) {
	t.Helper()
	app := apptest.New(t)
	now := time.Now().UTC()
	coord := apptest.Build(t, app).Record("users", map[string]any{"email": "coord@example.org", "name": "Camille", "password": "secret-pass-123"})
	program := apptest.Build(t, app).Record("programs", map[string]any{
		"slug": "alumni-2026", "name": "Alumni mentoring", "languages": []string{"en"}, "timezone": "Europe/Paris",
		"matching_mode": "coordinated", "published": true, "coordinators": []string{coord.Id},
		"applications_open_at": now.AddDate(0, -5, 0), "applications_close_at": now.AddDate(0, -4, 0),
		"starts_at": now.AddDate(0, -3, 0), "ends_at": now.AddDate(0, 0, 3), "recommended_meetings": 2,
	})
	person := func(name string) *core.Record {
		return apptest.Build(t, app).Record("users", map[string]any{"email": name + "@example.org", "name": name, "password": "secret-pass-123"})
	}
	var mentors []*core.Record
	for i := range 2 {
		mentors = append(mentors, apptest.Build(t, app).Record("applications", map[string]any{"program": program.Id,
			"user": person(fmt.Sprintf("mentor%d", i)).Id, "role": "mentor", "status": "approved", "capacity": 2}))
	}
	var mentees []*core.Record
	for i := range 5 {
		status := kernel.ApplicationApproved
		if i == 4 {
			status = kernel.ApplicationSubmitted
		}
		mentees = append(mentees, apptest.Build(t, app).Record("applications", map[string]any{"program": program.Id,
			"user": person(fmt.Sprintf("mentee%d", i)).Id, "role": "mentee", "status": status}))
	}
	agreed := kernel.Agreement{Frequency: "monthly", Modes: []string{kernel.ModeVideo}}
	agreed.Confirm(kernel.RoleMentor, now)
	agreed.Confirm(kernel.RoleMentee, now)
	pair := func(i int, status string, extra map[string]any) *core.Record {
		data := map[string]any{"program": program.Id, "mentor": mentors[i/2].Id, "mentee": mentees[i].Id,
			"status": status, "origin": "coordinator", "started_at": now.AddDate(0, 0, 2)}
		for k, v := range extra {
			data[k] = v
		}
		return apptest.Build(t, app).Record("matches", data)
	}
	going := pair(0, kernel.MatchActive, map[string]any{"agreement": agreed})
	ended := pair(1, kernel.MatchActive, map[string]any{"agreement": agreed})
	early := pair(2, kernel.MatchActive, nil)
	pair(3, kernel.MatchDeclined, nil)
	meeting := func(m *core.Record, status string, minutes int) {
		start := now.AddDate(0, -1, 0)
		mt := apptest.Build(t, app).Record("meetings", map[string]any{"match": m.Id, "starts_at": start, "ends_at": start.Add(time.Hour),
			"mode": "video", "status": kernel.MeetingConfirmed})
		mt, _ = app.FindRecordById("meetings", mt.Id)
		mt.Load(map[string]any{"status": status, "minutes_spent": minutes})
		if err := app.Save(mt); err != nil {
			t.Fatal(err)
		}
	}
	meeting(going, kernel.MeetingHeld, 60)
	meeting(going, kernel.MeetingHeld, 30)
	meeting(going, kernel.MeetingCancelled, 0)
	meeting(ended, kernel.MeetingHeld, 45)
	closePair := func(m *core.Record, data map[string]any) {
		m, _ = app.FindRecordById("matches", m.Id)
		m.Load(data)
		m.Set("status", kernel.MatchClosed)
		if err := app.Save(m); err != nil {
			t.Fatal(err)
		}
	}
	closePair(ended, map[string]any{"ended_at": now, "end_reason": "Done"})
	closePair(early, map[string]any{"ended_at": now.AddDate(0, -1, 0), "end_reason": "Moved abroad", "ended_by": mentees[2].GetString("user")})
	evaluation := func(m *core.Record, author, kind string, answers map[string]any) {
		match := ""
		if m != nil {
			match = m.Id
		}
		apptest.Build(t, app).Record("evaluations", map[string]any{"program": program.Id, "match": match, "author": author,
			"kind": kind, "answers": answers, "submitted_at": now})
	}
	mentorOf := func(m *core.Record) string { return mentors[0].GetString("user") }
	evaluation(going, mentorOf(going), kernel.EvaluationMidpoint, map[string]any{"met": true, "going": 4, "tell_us": "Fine"})
	evaluation(going, mentees[0].GetString("user"), kernel.EvaluationMidpoint, map[string]any{"met": true, "going": 5})
	evaluation(ended, mentorOf(ended), kernel.EvaluationFinal, map[string]any{"useful": 5, "goals_reached": true})
	evaluation(ended, mentees[1].GetString("user"), kernel.EvaluationFinal, map[string]any{"useful": 3, "goals_reached": false})
	evaluation(early, mentees[2].GetString("user"), kernel.EvaluationFinal, map[string]any{"useful": 2, "goals_reached": false})
	evaluation(nil, mentees[0].GetString("user"), kernel.EvaluationProgramFeedback, map[string]any{"rating": 5, "recommend": true})
	evaluation(nil, mentees[1].GetString("user"), kernel.EvaluationProgramFeedback, map[string]any{"rating": 4, "recommend": true})
	evaluation(nil, mentees[2].GetString("user"), kernel.EvaluationProgramFeedback, map[string]any{"rating": 2, "recommend": false,
		"improve": "More workshops"})
	for m, answer := range map[*core.Record]string{going: kernel.CheckinInTouch, ended: kernel.CheckinNeedHelp} {
		stampMatch(t, app, m.Id, map[string]time.Time{"drift_nudged_at": now})
		apptest.Build(t, app).Record("checkins", map[string]any{"match": m.Id, "author": mentorOf(m), "answer": answer})
	}
	// Both were offered closing after a long silence: going was kept open, ended closed since.
	stampMatch(t, app, going.Id, map[string]time.Time{"closing_warned_at": now.AddDate(0, 0, -10), "closing_kept_at": now.AddDate(0, 0, -9)})
	stampMatch(t, app, ended.Id, map[string]time.Time{"closing_warned_at": now.AddDate(0, 0, -8)})
	return app, program
}

// stampMatch writes the server's stamps on the match, as the reminders job and the
// coordinators' decisions do.
func stampMatch(t *testing.T, app core.App, matchID string, stamps map[string]time.Time) {
	t.Helper()
	params := dbx.Params{}
	for field, at := range stamps {
		params[field] = at.UTC().Format("2006-01-02 15:04:05.000Z")
	}
	if _, err := app.DB().Update("matches", params, dbx.HashExp{"id": matchID}).Execute(); err != nil {
		t.Fatal(err)
	}
}

func TestTheReportCountsEveryStepOfTheProgramme(t *testing.T) {
	app, program := reportWorld(t)
	r, err := workspace.ProgramReport(app, program)
	if err != nil {
		t.Fatal(err)
	}
	feedback := r.Forms[len(r.Forms)-1]
	for _, c := range []struct {
		what      string
		got, want any
	}{
		{"funnel", r.Funnel, workspace.Funnel{Applied: 5, Approved: 4, Matched: 3, Agreement: 2, FirstMeeting: 2, CheckIn: 1, EndedNormally: 1}},
		{"mentors applied", r.MentorsApplied, 2},
		{"match rate", r.MatchRate, 0.75},
		{"pairs per number of held meetings", r.MeetingsHeld, map[int]int{0: 1, 1: 1, 2: 1}},
		{"meetings held", r.MeetingsTotal, 3},
		{"pairs reaching the recommended 2", r.ReachedRecommended, 1},
		{"minutes spent", r.MinutesSpent, 135},
		{"satisfaction", r.Satisfaction, workspace.Satisfaction{Rating: 11.0 / 3, Rated: 3, Recommend: 2.0 / 3, RecommendYes: 2, Recommends: 3}},
		{"free-text improvements", feedback.Questions[2].Texts, []string{"More workshops"}},
		{"check-ins submitted", r.Forms[1].Submitted, 2},
		{"how it is going", r.Forms[1].Questions[1].Counts[3:], []workspace.ValueCount{{Value: "4", Count: 1}, {Value: "5", Count: 1}}},
		{"goals reached", r.Forms[2].Questions[1].Counts, []workspace.ValueCount{{Value: "yes", Count: 1}, {Value: "no", Count: 2}}},
		{"closing evaluations", r.Closing, workspace.ClosingEvaluations{Closed: 2, Both: 1, One: 1}},
		{"pairs ended early", len(r.EndedEarly), 1},
		{"pairs nudged, their check-ins, offered closing", r.Drift, workspace.DriftCounts{Days: 30, Nudged: 2, InTouch: 1, NeedHelp: 1,
			OfferedClosing: 2, KeptOpen: 1, Closed: 1}},
	} {
		if fmt.Sprint(c.got) != fmt.Sprint(c.want) {
			t.Errorf("%s: got %v, want %v", c.what, c.got, c.want)
		}
	}
	if len(r.EndedEarly) == 1 {
		if e := r.EndedEarly[0]; e.Reason != "Moved abroad" || e.EndedBy != "mentee" || e.Mentee != "mentee2" {
			t.Errorf("the pair ended early reads %+v", e)
		}
	}
	if r.DaysToMatch < 1.9 || r.DaysToMatch > 2.1 {
		t.Errorf("time to match: %v days", r.DaysToMatch)
	}
}

// The report counts a pair silent as the nudge and the pairs list do (workspace.Silence): an
// active pair with no meeting, message or check-in for the programme's 30 days; a message
// breaks the silence.
func TestTheReportCountsTheSilentPairsAsTheNudgeDoes(t *testing.T) {
	app, program := reportWorld(t)
	going, err := app.FindFirstRecordByFilter("matches", "status = 'active'")
	if err != nil {
		t.Fatal(err)
	}
	long := time.Now().AddDate(0, 0, -45).UTC().Format("2006-01-02 15:04:05.000Z")
	stampMatch(t, app, going.Id, map[string]time.Time{"started_at": time.Now().AddDate(0, -2, 0)})
	for _, table := range []string{"meetings", "checkins"} {
		field := map[string]string{"meetings": "starts_at", "checkins": "created"}[table]
		if _, err := app.DB().Update(table, dbx.Params{field: long}, dbx.HashExp{"match": going.Id}).Execute(); err != nil {
			t.Fatal(err)
		}
	}
	quiet := func(step string, want int) {
		t.Helper()
		r, err := workspace.ProgramReport(app, program)
		if err != nil || r.Drift.Quiet != want {
			t.Errorf("%s: %d silent pairs (error %v), want %d", step, r.Drift.Quiet, err, want)
		}
	}
	quiet("45 days without a sign of life", 1)
	pair, err := kernel.FindPair(app, going.Id)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := workspace.PostMessage(app, pair.Mentor.Id, going.Id, "Still there?", nil); err != nil {
		t.Fatal(err)
	}
	quiet("after a message", 0)
}

// TestEarlierRunsFollowThePreviousRun: the earlier runs are the previous run, its previous
// run and so on, the latest first, those the viewer coordinates (all for a superuser), even
// past one they do not; a programme with a like address but no link is not one, and a loop
// typed in the dashboard ends.
func TestEarlierRunsFollowThePreviousRun(t *testing.T) {
	app, program := reportWorld(t)
	coordinator := program.GetStringSlice("coordinators")[0]
	previous := program
	for _, p := range []struct {
		slug   string
		mine   bool
		linked bool
	}{{"alumni-2025", true, true}, {"alumni-2024", false, true}, {"alumni-2023", true, true}, {"alumni-2022", true, true},
		{"alumni-2021", true, false}} {
		coords := []string{}
		if p.mine {
			coords = []string{coordinator}
		}
		run := apptest.Build(t, app).Record("programs", map[string]any{"slug": p.slug, "name": p.slug, "languages": []string{"en"},
			"timezone": "Europe/Paris", "matching_mode": "coordinated", "coordinators": coords})
		if p.linked {
			previous.Set("previous_run", run.Id)
			if err := app.Save(previous); err != nil {
				t.Fatal(err)
			}
			previous = run
		}
	}
	for viewer, want := range map[string][]string{coordinator: {"alumni-2025", "alumni-2023", "alumni-2022"}, "": {"alumni-2025", "alumni-2024", "alumni-2023"}} {
		runs, err := workspace.EarlierRuns(app, program, viewer)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, r := range runs {
			got = append(got, r.GetString("slug"))
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("earlier runs seen by %q: %v, want %v", viewer, got, want)
		}
	}
	previous.Set("previous_run", program.Id) // alumni-2022 → the programme: a loop
	if err := app.Save(previous); err != nil {
		t.Fatal(err)
	}
	if runs, err := workspace.EarlierRuns(app, program, ""); err != nil || len(runs) != 3 {
		t.Errorf("with a loop: %d runs, %v", len(runs), err)
	}
}
