package ui

import (
	"database/sql"
	"encoding/json"
	"slices"
	"strings"
	"sync"
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
	reasonLowerHeld:                "console.unmatched.lower_held",
}

// consoleCollections are what the console's state reads: approved applications (answers,
// capacities, pauses), their people's names, the drafts and pairs (exclusions, locks, hand
// pairings) and the programme (criteria, default capacity). An edit of any of them, from the
// portal, the REST API or the dashboard, forgets every programme's state (newMemo).
var consoleCollections = []string{kernel.CollectionApplications, kernel.CollectionUsers,
	kernel.CollectionMatches, kernel.CollectionPrograms}

// consoleApplicant is what the console keeps of an approved application: no record, so a
// programme of 10,000 applications costs a few megabytes in memory.
type consoleApplicant struct {
	id, user, name string
	profile        matching.Profile
	capacity       int       // a mentor's seats (kernel.MentorCapacity)
	pausedUntil    time.Time // a mentor's pause (kernel.PausedUntil)
}

// consoleMatch is a draft or an active pair of the programme.
type consoleMatch struct {
	id, mentee, mentor string
	score              int
	details            string // score_details, explained only for the pairs a page shows
	created            string
	locked, excluded   bool
}

// consoleOverbooked is a mentor whose proposal needs more seats than they have.
type consoleOverbooked struct {
	id, mentor      string // application id, name
	pairs, capacity int
	mentees         []string
}

// consoleState is what the console shows of a coordinated programme, read from the database
// once per state of the programme (Server.consoles) so every page of it, whoever asks, reads
// the same snapshot: it is never changed once built, but for the caches of what only the
// pages shown need (reasons, explanations).
type consoleState struct {
	mentees, mentors []consoleApplicant // approved, oldest first
	names            map[string]string  // by application id
	mentorAt         map[string]int     // index into mentors, by application id
	drafts, active   []consoleMatch     // best score first
	blocked          map[[2]string]bool // mentee/mentor application ids never to propose
	criteria         matching.Criteria
	overbooked       []consoleOverbooked
	matched          map[string]bool // mentees in an active pair or a publishable draft
	pairs            map[string]int  // each mentor's active pairs and publishable drafts
	lowest           map[string]int  // the lowest score among each mentor's pairs counted in pairs
	toPublish, seats int
	rows             []consoleRow   // one per mentee, best first (console_list.go)
	byName           []int          // indexes into rows, by the mentee's name
	shows            map[string]int // how many mentees each "show" filter keeps

	mu      sync.Mutex
	reasons map[string]string           // why a mentee is unmatched, computed for the mentees shown
	results map[string]*matching.Result // each shown pair's score_details, read once
}

// loadConsoleState reads a coordinated programme's console state.
func loadConsoleState(app core.App, program *core.Record) (*consoleState, error) {
	st := &consoleState{names: map[string]string{}, mentorAt: map[string]int{}, blocked: map[[2]string]bool{},
		reasons: map[string]string{}, results: map[string]*matching.Result{}}
	criteria, err := mentoring.ProgramCriteria(program)
	if err != nil {
		return nil, err
	}
	st.criteria = criteria
	if err := st.readApplications(app, program); err != nil {
		return nil, err
	}
	var matches []struct {
		ID       string         `db:"id"`
		Mentee   string         `db:"mentee"`
		Mentor   string         `db:"mentor"`
		Status   string         `db:"status"`
		Score    int            `db:"score"`
		Details  sql.NullString `db:"score_details"` // a JSON field: NULL until set
		Created  string         `db:"created"`
		Locked   bool           `db:"locked"`
		Excluded bool           `db:"excluded"`
	}
	err = app.DB().Select("id", "mentee", "mentor", "status", "score", "score_details", "created", "locked", "excluded").
		From(kernel.CollectionMatches).Where(dbx.HashExp{"program": program.Id}).
		AndWhere(dbx.In("status", kernel.MatchDraft, kernel.MatchActive, kernel.MatchDeclined)).OrderBy("score DESC").All(&matches)
	if err != nil {
		return nil, err
	}
	for _, m := range matches {
		pair := consoleMatch{id: m.ID, mentee: m.Mentee, mentor: m.Mentor, score: m.Score, details: m.Details.String,
			created: m.Created, locked: m.Locked, excluded: m.Excluded}
		switch m.Status {
		case kernel.MatchDraft:
			st.drafts = append(st.drafts, pair)
		case kernel.MatchActive:
			st.active = append(st.active, pair)
		}
		if m.Status == kernel.MatchDeclined || m.Status == kernel.MatchDraft && m.Excluded {
			st.blocked[[2]string{m.Mentee, m.Mentor}] = true
		}
	}
	st.count()
	st.index()
	return st, nil
}

// readApplications keeps the approved applications of program with their people's names,
// reading only the columns the console uses: at thousands of applications, their other
// answers and the people's records cost more than all the rest of the state.
func (st *consoleState) readApplications(app core.App, program *core.Record) error {
	columns := []string{"applications.user", "applications.role", "applications.paused_until"}
	for _, c := range mentoring.ProfileColumns {
		columns = append(columns, "applications."+c)
	}
	var apps []*core.Record
	approved := dbx.HashExp{"applications.program": program.Id, "applications.status": kernel.ApplicationApproved}
	if err := app.RecordQuery(kernel.CollectionApplications).Select(columns...).AndWhere(approved).
		OrderBy("applications.created ASC").All(&apps); err != nil {
		return err
	}
	var names []struct {
		ID   string `db:"id"`
		Name string `db:"name"`
	}
	if err := app.DB().Select("applications.id AS id", "users.name AS name").From(kernel.CollectionApplications).
		InnerJoin(kernel.CollectionUsers, dbx.NewExp("users.id = applications.user")).AndWhere(approved).All(&names); err != nil {
		return err
	}
	for _, n := range names {
		st.names[n.ID] = n.Name
	}
	for _, a := range apps {
		applicant := consoleApplicant{id: a.Id, user: a.GetString("user"), name: st.name(a.Id), profile: mentoring.Profile(a)}
		if a.GetString("role") == kernel.RoleMentee {
			st.mentees = append(st.mentees, applicant)
			continue
		}
		applicant.capacity = kernel.MentorCapacity(a, program)
		applicant.pausedUntil, _ = kernel.PausedUntil(a, time.Time{})
		st.seats += applicant.capacity
		st.mentorAt[a.Id] = len(st.mentors)
		st.mentors = append(st.mentors, applicant)
	}
	return nil
}

// count works out the whole proposal's figures: who is matched, each mentor's pairs, how
// many drafts publishing makes active, and the mentors whose pairs would outnumber their
// seats (mentoring.MentorLoad.Over, the rule publishing enforces, from the pairs read here)
// with the mentees of their drafts, oldest first.
func (st *consoleState) count() {
	st.matched, st.pairs, st.lowest = map[string]bool{}, map[string]int{}, map[string]int{}
	hold := func(m *consoleMatch) {
		st.matched[m.mentee] = true
		if low, ok := st.lowest[m.mentor]; !ok || m.score < low {
			st.lowest[m.mentor] = m.score
		}
		st.pairs[m.mentor]++
	}
	for k := range st.active {
		hold(&st.active[k])
	}
	draftsOf := map[string][]*consoleMatch{}
	for k := range st.drafts {
		if m := &st.drafts[k]; !m.excluded {
			hold(m)
			st.toPublish++
			draftsOf[m.mentor] = append(draftsOf[m.mentor], m)
		}
	}
	for _, mentor := range st.mentors {
		if st.pairs[mentor.id] <= mentor.capacity {
			continue
		}
		drafts := draftsOf[mentor.id]
		slices.SortStableFunc(drafts, func(a, b *consoleMatch) int { return strings.Compare(a.created, b.created) })
		o := consoleOverbooked{id: mentor.id, mentor: mentor.name, pairs: st.pairs[mentor.id], capacity: mentor.capacity}
		for _, d := range drafts {
			o.mentees = append(o.mentees, st.name(d.mentee))
		}
		st.overbooked = append(st.overbooked, o)
	}
}

// name is the person behind an application id.
func (st *consoleState) name(applicationID string) string {
	if name, ok := st.names[applicationID]; ok {
		return name
	}
	return applicationID
}

// mentor is the approved mentor of an application id.
func (st *consoleState) mentor(applicationID string) (consoleApplicant, bool) {
	if i, ok := st.mentorAt[applicationID]; ok {
		return st.mentors[i], true
	}
	return consoleApplicant{}, false
}

// pausedDay is the day a mentor's pause ends (programme's clock), empty when they take
// mentees at now.
func (st *consoleState) pausedDay(mentor consoleApplicant, program *core.Record, now time.Time) string {
	if mentor.pausedUntil.IsZero() || !now.Before(mentor.pausedUntil) {
		return ""
	}
	return kernel.PauseDay(mentor.pausedUntil, program)
}

// unmatchedReason is why mentee has no pair: no mentor the criteria allow (and the
// coordinators did not exclude, and who did not decline them), a suitable mentor with a seat
// the proposal leaves free (a hand assignment moved things since the last run), a suitable
// mentor's seat held by a pair scoring less than the mentee would (locked, paired by hand or
// active: no optimum the engine computes leaves that, so "better scores" would be untrue), or
// seats taken by pairs with better scores. It compares the mentee with every mentor, so it is
// worked out for the mentees a page shows, once each.
func (st *consoleState) unmatchedReason(mentee consoleApplicant) string {
	st.mu.Lock()
	reason, known := st.reasons[mentee.id]
	st.mu.Unlock()
	if known {
		return reason
	}
	reason = matching.ReasonNoAllowedMentor
	for _, mentor := range st.mentors {
		if st.blocked[[2]string{mentee.id, mentor.id}] || mentor.user == mentee.user {
			continue
		}
		res := matching.Score(mentee.profile, mentor.profile, st.criteria)
		switch {
		case res.Forbidden:
		case st.pairs[mentor.id] < mentor.capacity:
			reason = reasonFreeSeat
		case st.pairs[mentor.id] > 0 && res.Score > st.lowest[mentor.id]:
			reason = reasonLowerHeld
		case reason != reasonLowerHeld:
			reason = matching.ReasonSeatsTaken
		}
		if reason == reasonFreeSeat {
			break
		}
	}
	st.mu.Lock()
	st.reasons[mentee.id] = reason
	st.mu.Unlock()
	return reason
}

// result is a pair's score with its explanation (score_details), read once per state.
func (st *consoleState) result(m *consoleMatch, app core.App) matching.Result {
	st.mu.Lock()
	res := st.results[m.id]
	st.mu.Unlock()
	if res == nil {
		res = &matching.Result{}
		if m.details != "" {
			if err := json.Unmarshal([]byte(m.details), res); err != nil {
				app.Logger().Warn("unreadable score_details", "match", m.id, "error", err)
			}
		}
		res.Score = m.score
		st.mu.Lock()
		st.results[m.id] = res
		st.mu.Unlock()
	}
	return *res
}

// reasonFreeSeat is the console's own reason beside the engine's: a suitable mentor has a
// seat nobody in the proposal takes.
const reasonFreeSeat = "free_seat"

// reasonLowerHeld is the console's reason when a suitable mentor's seat is held by a pair that
// scores less than the mentee would with them.
const reasonLowerHeld = "lower_held"

// matchesName says whether name holds the lower-cased search words q.
func matchesName(name, q string) bool {
	return q == "" || strings.Contains(strings.ToLower(name), q)
}
