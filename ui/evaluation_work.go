package ui

import (
	"errors"
	"net/http"
	"time"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

// pairWork is what the sections of the match page about the pair's own work show to one
// viewer: evaluations, goals, messages, private notes and the ending. The match page carries
// it as matchView.Work; each section also has a page of its own (sectionPage), which is where
// its forms come back with their errors and what works without the match page.
type pairWork struct {
	MatchID, Role string
	Member        bool // the viewer is the mentor or the mentee
	Active        bool // the viewer is a member of the active match, who writes and acts
	Evaluations   []evaluationRow
	Goals         []goalRow
	GoalTitle     formField // the goal form's fields, when Active (goalForm)
	GoalDueOn     formField
	Messages      []messageRow
	Notes         []noteRow
	End           endView
	dues          []workspace.Due // what the members owe, read once for the rows and a form's page
}

// workSection is a set of the sections of pairWork, which a page reads and shows.
type workSection int

// The sections of pairWork; the match page shows all of them, a section's page its own.
const (
	workEvaluations workSection = 1 << iota
	workGoals
	workMessages
	workNotes
	workAll = workEvaluations | workGoals | workMessages | workNotes
)

// pageSections are the sections each section's page shows: the messages' page read the
// pair's goals, notes, meetings and evaluations too, for nothing. A page not named here (the
// ending's) shows none of them: its section, the ending, reads nothing.
var pageSections = map[string]workSection{
	"evaluation_list": workEvaluations, "evaluation_show": workEvaluations,
	"goal_list": workGoals, "message_list": workMessages, "note_list": workNotes,
}

// newPairWork gathers the sections for the viewer (dues are read by the caller, for the
// evaluations). Reading the page changes nothing: the partner's messages are marked read by
// the viewer's own POST (or reply).
func newPairWork(e *core.RequestEvent, p *page, pair *kernel.Pair, role string, dues []workspace.Due, sections workSection) (*pairWork, error) {
	member := role != workspace.RoleCoordinator
	w := &pairWork{
		MatchID: pair.Match.Id, Role: role, Member: member,
		Active: member && pair.Match.GetString("status") == kernel.MatchActive, dues: dues,
	}
	var err error
	if sections&workEvaluations != 0 {
		w.Evaluations = evaluationRows(e, pair, role, w.dues)
	}
	if sections&workGoals != 0 {
		if w.Goals, err = goalRows(e.App, pair); err != nil {
			return nil, err
		}
		if w.Active {
			w.GoalTitle, w.GoalDueOn = goalForm(p)
		}
	}
	if sections&workMessages != 0 {
		if w.Messages, err = messageRows(e, pair, role); err != nil {
			return nil, err
		}
	}
	if sections&workNotes != 0 {
		if w.Notes, err = noteRows(e.App, e.Auth.Id, pair.Match.Id); err != nil {
			return nil, err
		}
	}
	w.End = newEndView(pair)
	return w, nil
}

// sectionPage is the data of a section's own page: the same pairWork the match page shows.
type sectionPage struct {
	Work  *pairWork
	Pair  string // "mentor & mentee", the page's heading
	Extra any    // what the section's page shows besides (an evaluation form, …)
}

// pairWorkOf is newPairWork for the page named name, which shows its own sections
// (pageSections) without the pair's timeline: it reads the dues when it shows evaluations.
func pairWorkOf(e *core.RequestEvent, p *page, pair *kernel.Pair, role, name string) (*pairWork, error) {
	sections := pageSections[name]
	var dues []workspace.Due
	if sections&workEvaluations != 0 {
		var err error
		if dues, err = workspace.DuesFor(e.App, pair, time.Now()); err != nil {
			return nil, err
		}
	}
	return newPairWork(e, p, pair, role, dues, sections)
}

// renderSection renders the page of one section of matchID (template name) for the viewer,
// or the 404 page for anyone who may not see the pair.
func (s *server) renderSection(e *core.RequestEvent, status int, name string, p *page, matchID string, extra any) error {
	pair, role, err := s.openPair(e, matchID)
	if err != nil {
		return s.renderNotFound(e)
	}
	work, err := pairWorkOf(e, p, pair, role, name)
	if err != nil {
		return err
	}
	return s.renderWork(e, status, name, p, pair, work, extra)
}

// renderWork renders the page of one section of pair from the work its caller gathered.
func (s *server) renderWork(e *core.RequestEvent, status int, name string, p *page, pair *kernel.Pair, work *pairWork, extra any) error {
	p.Data = sectionPage{Work: work, Pair: pair.Mentor.GetString("name") + " & " + pair.Mentee.GetString("name"), Extra: extra}
	return s.render(e, status, name, p)
}

// sectionFailure answers an action of a section that did not go through as answerRefusal
// does; a form that needs fixing shows the section's page again with each message beside its
// form field (fields renames record fields to form fields), in the section's own words for
// attachments, which is why it reads the validation errors itself.
func (s *server) sectionFailure(e *core.RequestEvent, err error, name string, p *page, matchID string, fields map[string]string) error {
	return s.answerRefusal(e, err, func(map[string]string) error {
		var invalid validation.Errors
		errors.As(err, &invalid)
		for field, fieldErr := range invalid {
			key := field
			if renamed, ok := fields[field]; ok {
				key = renamed
			}
			p.Errors[key] = translate(e, sectionMessageKey(fieldErr))
		}
		p.Errors[""] = translate(e, "workspace.fix_form")
		return s.renderSection(e, http.StatusUnprocessableEntity, name, p, matchID, nil)
	})
}

// sectionMessageKey is the catalog key of one field's error; files refused for their size or
// type get messages of their own.
func sectionMessageKey(err error) string {
	var coded validation.Error
	if errors.As(err, &coded) {
		switch coded.Code() {
		case "validation_file_size_limit":
			return "message.error.file_size"
		case "validation_invalid_mime_type":
			return "message.error.file_type"
		case "validation_too_many_files":
			return "message.error.file_count"
		}
	}
	return messageKey(err)
}
