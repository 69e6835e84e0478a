package ui

import (
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// consolePair is one row of the console: a draft or an active pair with its score.
type consolePair struct {
	ID, MenteeName, MentorName string
	Score                      scoreView
	Locked, Excluded           bool
	// OverCapacity says, when set, that the pair's mentor has more pairs than seats.
	OverCapacity string
	// MentorPaused is the day the mentor's pause ends, empty when they take mentees (console_pause.go).
	MentorPaused string
}

// consoleUnmatched is a mentee without a pair and why, translated.
type consoleUnmatched struct {
	Name, Reason string
}

// consolePage is the console's data: the whole proposal's counts and the page of mentees the
// filter keeps (console_list.go).
type consolePage struct {
	Program                 programCard
	Mentees, Seats, Matched int
	Drafts, Active          []consolePair // of the mentees shown
	PausedDrafts            bool          // a draft's mentor is paused: the drafts explain the badge
	Excluded                []consolePair // pairs the coordinators excluded: never proposed, never published
	Unmatched               []consoleUnmatched
	// AnyDrafts says whether the whole programme has proposed pairs and ActivePairs counts
	// its active ones, when the mentees shown have none; with no proposal left, active pairs
	// mean it was published.
	AnyDrafts   bool
	ActivePairs int
	ToPublish   int
	RunDone     bool
	RunMessage  string // what the last run proved, translated
	Objectives  []consoleObjective
	// Compared says the objectives' reports were asked for (?compare=1): solving three times is
	// done on demand, not on every visit.
	Compared                     bool
	Proposal                     *reportView // the stored proposal's report, compared with the objectives'
	Published                    string      // the count just published, from the redirect
	MenteeChoices, MentorChoices []directoryChoice
	// Overbooked names each mentor with more pairs than seats; Publish waits for none.
	Overbooked []string
	Filter     consoleFilter
	Shows      []directoryChoice // the "show" filter's choices, with their counts
	Orders     []directoryChoice
	Pager      pager
	// MentorSearch is set when the programme has more mentors than the "Pair by hand" choice
	// lists: it lists those whose name holds MentorQ, and says how many match.
	MentorSearch             bool
	MentorQ                  string
	MentorsListed, MentorsOf int
}

// consoleShow is a coordinator's matching console for a coordinated programme: the draft
// proposal with its scores and flags, the mentees it leaves alone and why, the active pairs
// and the counts. Anyone but the programme's coordinators gets 404.
func (s *server) consoleShow(e *core.RequestEvent) error {
	return s.renderConsole(e, http.StatusOK, map[string]string{})
}

// consoleProgram is coordinatedProgram restricted to programmes the coordinators match.
func consoleProgram(e *core.RequestEvent) (*core.Record, bool) {
	program, ok := coordinatedProgram(e)
	if !ok || program.GetString("matching_mode") != kernel.MatchingCoordinated {
		return nil, false
	}
	return program, true
}

func (s *server) renderConsole(e *core.RequestEvent, status int, errs map[string]string) error {
	program, ok := consoleProgram(e)
	if !ok {
		return s.renderNotFound(e)
	}
	st, err := s.consoles.get(program.Id, func() (*consoleState, error) { return loadConsoleState(e.App, program) })
	if err != nil {
		return err
	}
	p := newPage(e, "console.title")
	p.Errors = errs
	missingAssignFields(e, errs)
	data := consolePage{Program: newProgramCard(program, requestLocale(e), time.Now()), Mentees: len(st.mentees), Seats: st.seats,
		Matched: len(st.matched), ToPublish: st.toPublish, AnyDrafts: st.toPublish > 0, ActivePairs: len(st.active)}
	query := e.Request.URL.Query()
	if key, ok := consoleRunKeys[query.Get("run")]; ok {
		data.RunDone, data.RunMessage = true, translate(e, key)
	}
	data.Compared = query.Get("compare") != ""
	if data.Objectives, data.Proposal, err = consoleObjectives(e, program, data.Compared); err != nil {
		return err
	}
	if n, err := strconv.Atoi(query.Get("published")); err == nil {
		data.Published = strconv.Itoa(n)
	}
	data.overbooked(e, st)
	data.Filter = readConsoleFilter(query)
	rows, total := st.selectRows(data.Filter)
	data.Pager = sizedPager(consoleURL(e), data.Filter.values(), data.Filter.Page, total, consolePageSize).at("console-list-heading")
	data.filterChoices(e, st)
	data.list(e, program, st, rows)
	data.mentorChoices(e, program, st, data.Filter.MentorQ)
	p.Data = data
	return s.render(e, status, "console_show", p)
}

// list puts the pairs of the mentees shown in their tables, and why those without one have
// none, with the "Pair by hand" choice of those mentees.
func (data *consolePage) list(e *core.RequestEvent, program *core.Record, st *consoleState, rows []*consoleRow) {
	now := time.Now()
	over := map[string]string{}
	for _, o := range st.overbooked {
		over[o.id] = translate(e, "console.over_capacity_label", "mentor", o.mentor, "pairs", o.pairs, "capacity", o.capacity)
	}
	proposing := len(st.drafts) > 0 || len(st.active) > 0
	for _, r := range rows {
		mentee := st.mentees[r.mentee]
		data.MenteeChoices = append(data.MenteeChoices, directoryChoice{Value: mentee.id, Label: mentee.name})
		for _, m := range r.drafts {
			pair := newConsolePair(e, program, st, m, now)
			pair.OverCapacity = over[m.mentor]
			data.PausedDrafts = data.PausedDrafts || pair.MentorPaused != ""
			data.Drafts = append(data.Drafts, pair)
		}
		for _, m := range r.excluded {
			data.Excluded = append(data.Excluded, newConsolePair(e, program, st, m, now))
		}
		for _, m := range r.active {
			data.Active = append(data.Active, newConsolePair(e, program, st, m, now))
		}
		if !st.matched[mentee.id] && proposing {
			reason := consoleUnmatchedKeys[st.unmatchedReason(mentee)]
			data.Unmatched = append(data.Unmatched, consoleUnmatched{mentee.name, translate(e, reason)})
		}
	}
}

// newConsolePair is one pair of the proposal. The solver never proposes a forbidden pair, so a
// forbidden one in the proposal is a coordinator's override of the must-haves, shown as such.
func newConsolePair(e *core.RequestEvent, program *core.Record, st *consoleState, m *consoleMatch, now time.Time) consolePair {
	score := explainScore(e.App, requestLocale(e), program, st.result(m, e.App))
	score.Overridden = score.Forbidden && !m.excluded
	pair := consolePair{ID: m.id, MenteeName: st.name(m.mentee), MentorName: st.name(m.mentor),
		Score: score, Locked: m.locked, Excluded: m.excluded}
	if mentor, ok := st.mentor(m.mentor); ok {
		pair.MentorPaused = st.pausedDay(mentor, program, now)
	}
	return pair
}

// overbooked lists the overbooked mentors for the publish section.
func (data *consolePage) overbooked(e *core.RequestEvent, st *consoleState) {
	for _, o := range st.overbooked {
		data.Overbooked = append(data.Overbooked, translate(e, "console.publish.blocked_mentor", "mentor", o.mentor,
			"pairs", o.pairs, "capacity", o.capacity, "mentees", strings.Join(o.mentees, ", ")))
	}
}

// missingAssignFields puts the error of a "Pair by hand" form sent without a mentee or a
// mentor (the preview redirects here with ?missing=) beside the field.
func missingAssignFields(e *core.RequestEvent, errs map[string]string) {
	for _, field := range e.Request.URL.Query()["missing"] {
		if key, known := missingAssignKeys[field]; known && errs[field] == "" {
			errs[field] = translate(e, key)
		}
	}
}

// missingAssignKeys are the messages of the "Pair by hand" fields, written out so the catalog
// test sees each key.
var missingAssignKeys = map[string]string{
	"mentee": "console.assign.missing_mentee",
	"mentor": "console.assign.missing_mentor",
}
