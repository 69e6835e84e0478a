package ui

import (
	"fmt"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/internal/matching"
	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/mentoring"
)

// consoleUnmatchedKeys explains why the proposal leaves a mentee alone.
var consoleUnmatchedKeys = map[string]string{
	matching.ReasonNoAllowedMentor: "console.unmatched.no_allowed_mentor",
	matching.ReasonSeatsTaken:      "console.unmatched.seats_taken",
	reasonFreeSeat:                 "console.unmatched.free_seat",
}

// consoleState is what the console shows of a coordinated programme, read from the database
// so the page looks the same after a run, a lock, an assignment or a reload.
type consoleState struct {
	mentees, mentors []*core.Record // approved applications
	users            map[string]*core.Record
	drafts, active   []*core.Record
	blocked          map[[2]string]bool // mentee/mentor application ids never to propose
	paused           map[string]string  // the day a paused mentor's pause ends (pausedMentors)
	criteria         matching.Criteria
}

func loadConsoleState(app core.App, program *core.Record) (*consoleState, error) {
	st := &consoleState{users: map[string]*core.Record{}, blocked: map[[2]string]bool{}}
	criteria, err := mentoring.ProgramCriteria(program)
	if err != nil {
		return nil, err
	}
	st.criteria = criteria
	apps, err := app.FindRecordsByFilter(kernel.CollectionApplications, "program = {:p} && status = {:status}", "created", 0, 0,
		dbx.Params{"p": program.Id, "status": kernel.ApplicationApproved})
	if err != nil {
		return nil, err
	}
	if errs := app.ExpandRecords(apps, []string{"user"}, nil); len(errs) > 0 {
		return nil, fmt.Errorf("console: people of the applications: %v", errs)
	}
	for _, a := range apps {
		if a.GetString("role") == kernel.RoleMentee {
			st.mentees = append(st.mentees, a)
		} else {
			st.mentors = append(st.mentors, a)
		}
		if user := a.ExpandedOne("user"); user != nil {
			st.users[a.Id] = user
		}
	}
	st.paused = pausedMentors(program, st.mentors, time.Now())
	matches, err := app.FindRecordsByFilter(kernel.CollectionMatches, "program = {:p}", "-score", 0, 0, dbx.Params{"p": program.Id})
	if err != nil {
		return nil, err
	}
	for _, m := range matches {
		switch status := m.GetString("status"); {
		case status == kernel.MatchDraft:
			st.drafts = append(st.drafts, m)
		case status == kernel.MatchActive:
			st.active = append(st.active, m)
		}
		if s := m.GetString("status"); s == kernel.MatchDeclined || s == kernel.MatchDraft && m.GetBool("excluded") {
			st.blocked[[2]string{m.GetString("mentee"), m.GetString("mentor")}] = true
		}
	}
	return st, nil
}

// name is the person behind an application id.
func (st *consoleState) name(applicationID string) string {
	if u := st.users[applicationID]; u != nil {
		return u.GetString("name")
	}
	return applicationID
}

// seats is the total capacity of the approved mentors (0 means the programme's default).
func (st *consoleState) seats(program *core.Record) int {
	total := 0
	for _, m := range st.mentors {
		total += kernel.MentorCapacity(m, program)
	}
	return total
}

// matched lists the mentee application ids in an active pair or a draft that will be published.
func (st *consoleState) matched() map[string]bool {
	out := map[string]bool{}
	for _, m := range st.active {
		out[m.GetString("mentee")] = true
	}
	for _, m := range st.drafts {
		if !m.GetBool("excluded") {
			out[m.GetString("mentee")] = true
		}
	}
	return out
}

// unmatchedReason is why mentee has no pair: no mentor the criteria allow (and the
// coordinators did not exclude, and who did not decline them), a suitable mentor with a seat
// the proposal leaves free (a hand assignment moved things since the last run), or seats
// taken by other pairs. pairs counts each mentor's active and publishable pairs.
func (st *consoleState) unmatchedReason(program, mentee *core.Record, pairs map[string]int) string {
	profile := mentoring.Profile(mentee)
	reason := matching.ReasonNoAllowedMentor
	for _, mentor := range st.mentors {
		if st.blocked[[2]string{mentee.Id, mentor.Id}] || mentor.GetString("user") == mentee.GetString("user") {
			continue
		}
		if !matching.Score(profile, mentoring.Profile(mentor), st.criteria).Forbidden {
			if pairs[mentor.Id] < kernel.MentorCapacity(mentor, program) {
				return reasonFreeSeat
			}
			reason = matching.ReasonSeatsTaken
		}
	}
	return reason
}

// reasonFreeSeat is the console's own reason beside the engine's: a suitable mentor has a
// seat nobody in the proposal takes.
const reasonFreeSeat = "free_seat"

// pairsPerMentor counts, by mentor application id, the active pairs and the drafts publishing
// would make active.
func (st *consoleState) pairsPerMentor() map[string]int {
	out := map[string]int{}
	for _, m := range st.active {
		out[m.GetString("mentor")]++
	}
	for _, m := range st.drafts {
		if !m.GetBool("excluded") {
			out[m.GetString("mentor")]++
		}
	}
	return out
}
