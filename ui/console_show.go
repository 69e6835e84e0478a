package ui

import (
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/mentoring"
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

// consolePage is the console's data.
type consolePage struct {
	Program                 programCard
	Mentees, Seats, Matched int
	Drafts, Active          []consolePair
	PausedDrafts            bool          // a draft's mentor is paused: the drafts explain the badge
	Excluded                []consolePair // pairs the coordinators excluded: never proposed, never published
	Unmatched               []consoleUnmatched
	ToPublish               int
	RunDone                 bool
	RunMessage              string // what the last run proved, translated
	Objectives              []consoleObjective
	// Compared says the objectives' reports were asked for (?compare=1): solving three times is
	// done on demand, not on every visit.
	Compared                     bool
	Published                    string // the count just published, from the redirect
	MenteeChoices, MentorChoices []directoryChoice
	// Overbooked names each mentor with more pairs than seats; Publish waits for none.
	Overbooked []string
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
	st, err := loadConsoleState(e.App, program)
	if err != nil {
		return err
	}
	over, err := mentoring.Overbooked(e.App, program.Id)
	if err != nil {
		return err
	}
	p := newPage(e, "console.title")
	p.Errors = errs
	missingAssignFields(e, errs)
	data := consolePage{Program: newProgramCard(program, requestLocale(e), time.Now()), Mentees: len(st.mentees), Seats: st.seats(program)}
	query := e.Request.URL.Query()
	data.RunDone = query.Get("run") != ""
	if key, ok := consoleRunKeys[query.Get("run")]; ok {
		data.RunMessage = translate(e, key)
	} else if data.RunDone {
		data.RunMessage = translate(e, "console.run.feasible")
	}
	data.Compared = query.Get("compare") != ""
	if data.Objectives, err = consoleObjectives(e, program, data.Compared); err != nil {
		return err
	}
	if n, err := strconv.Atoi(query.Get("published")); err == nil {
		data.Published = strconv.Itoa(n)
	}
	overLabels := data.overbooked(e, st, over)
	for _, m := range st.drafts {
		pair := newConsolePair(e, st, m)
		if m.GetBool("excluded") {
			data.Excluded = append(data.Excluded, pair)
			continue
		}
		pair.OverCapacity = overLabels[m.GetString("mentor")]
		data.PausedDrafts = data.PausedDrafts || pair.MentorPaused != ""
		data.Drafts = append(data.Drafts, pair)
	}
	data.ToPublish = len(data.Drafts)
	for _, m := range st.active {
		data.Active = append(data.Active, newConsolePair(e, st, m))
	}
	matched, pairs := st.matched(), st.pairsPerMentor()
	data.Matched = len(matched)
	for _, mentee := range st.mentees {
		data.MenteeChoices = append(data.MenteeChoices, directoryChoice{Value: mentee.Id, Label: st.name(mentee.Id)})
		if !matched[mentee.Id] && (len(st.drafts) > 0 || len(st.active) > 0) {
			reason := consoleUnmatchedKeys[st.unmatchedReason(program, mentee, pairs)]
			data.Unmatched = append(data.Unmatched, consoleUnmatched{st.name(mentee.Id), translate(e, reason)})
		}
	}
	for _, mentor := range st.mentors {
		data.MentorChoices = append(data.MentorChoices, st.mentorChoice(e, program, mentor, pairs))
	}
	p.Data = data
	return s.render(e, status, "console_show", p)
}

// newConsolePair is one pair of the proposal. The solver never proposes a forbidden pair, so a
// forbidden one in the proposal is a coordinator's override of the must-haves, shown as such.
func newConsolePair(e *core.RequestEvent, st *consoleState, m *core.Record) consolePair {
	score := explainStored(e.App, requestLocale(e), m)
	score.Overridden = score.Forbidden && !m.GetBool("excluded")
	return consolePair{
		ID: m.Id, MenteeName: st.name(m.GetString("mentee")), MentorName: st.name(m.GetString("mentor")),
		Score: score, Locked: m.GetBool("locked"), Excluded: m.GetBool("excluded"), MentorPaused: st.paused[m.GetString("mentor")],
	}
}

// overbooked lists the overbooked mentors for the publish section and returns, by mentor
// application id, the label of the badge on their pairs.
func (data *consolePage) overbooked(e *core.RequestEvent, st *consoleState, over []mentoring.MentorLoad) map[string]string {
	labels := map[string]string{}
	for _, load := range over {
		mentor := st.name(load.Mentor.Id)
		mentees := make([]string, len(load.Drafts))
		for k, d := range load.Drafts {
			mentees[k] = st.name(d.GetString("mentee"))
		}
		labels[load.Mentor.Id] = translate(e, "console.over_capacity_label", "mentor", mentor, "pairs", load.Pairs(), "capacity", load.Capacity)
		data.Overbooked = append(data.Overbooked, translate(e, "console.publish.blocked_mentor", "mentor", mentor,
			"pairs", load.Pairs(), "capacity", load.Capacity, "mentees", strings.Join(mentees, ", ")))
	}
	return labels
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
