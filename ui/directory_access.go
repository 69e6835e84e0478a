package ui

import (
	"database/sql"
	"errors"
	"net/http"
	"net/url"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/mentoring"
)

// directoryGate is why a person cannot use a programme's directory, and what to do about it.
type directoryGate struct {
	ProgramName, Slug string
	ProgramLang       string // of ProgramName (own_words.go marks it when not the page's)
	Reason            string // catalog key
	Link, LinkLabel   string // the next step, when there is one
}

// directoryProgram finds the self-service programme of the request's {slug}, as
// visibleProgram does, but kept (keptProgram): every directory page reads it. Any other
// programme answers 404, so unpublished ones do not leak. The record is shared by the pages:
// read it, never change it.
func (s *server) directoryProgram(e *core.RequestEvent) (*core.Record, bool) {
	program, err := s.keptProgram(e.App, e.Request.PathValue("slug"))
	if err != nil || !programShown(e, program) || program.GetString("matching_mode") != kernel.MatchingSelfService {
		return nil, false
	}
	return program, true
}

// openDirectory finds the request's directory programme and the viewer's approved mentee
// application when the person may browse it. When they may not, it has answered already (the
// 404 page, or the gate saying why) and ok is false; err is that answer's error.
func (s *server) openDirectory(e *core.RequestEvent) (program, mentee *core.Record, ok bool, err error) {
	program, ok = s.directoryProgram(e)
	if !ok {
		return nil, nil, false, s.renderNotFound(e)
	}
	gate, mentee := s.directoryGateOf(e, program)
	if gate != nil {
		return nil, nil, false, s.renderDirectoryGate(e, gate)
	}
	return program, mentee, true, nil
}

// directoryGateOf is why the signed-in person may not browse program's directory (sign in,
// apply, wait for approval, not a mentee, not the time), or nil and their application for an
// approved mentee.
func (s *server) directoryGateOf(e *core.RequestEvent, program *core.Record) (*directoryGate, *core.Record) {
	slug := program.GetString("slug")
	gate := &directoryGate{Slug: slug}
	gate.ProgramName, gate.ProgramLang = mentoring.ProgramText(program, "name", requestLocale(e))
	if e.Auth == nil || e.Auth.Collection().Name != kernel.CollectionUsers {
		gate.Reason = "directory.gate.sign_in"
		gate.Link = "/login?next=" + url.QueryEscape(e.Request.URL.RequestURI())
		gate.LinkLabel = "directory.gate.sign_in_link"
		return gate, nil
	}
	application := s.viewerApplication(e.App, e.Auth.Id, program.Id)
	switch {
	case application == nil:
		gate.Reason, gate.Link, gate.LinkLabel = "directory.gate.apply", "/programs/"+slug, "directory.gate.apply_link"
	case application.GetString("role") != kernel.RoleMentee:
		gate.Reason = "directory.gate.not_mentee"
	case application.GetString("status") == kernel.ApplicationSubmitted || application.GetString("status") == kernel.ApplicationWaitlisted:
		gate.Reason = "directory.gate.pending"
	case application.GetString("status") != kernel.ApplicationApproved:
		gate.Reason = "directory.gate.inactive"
	default:
		phase := mentoring.Phase(program, time.Now())
		if phase != mentoring.PhaseApplications && phase != mentoring.PhaseRunning {
			gate.Reason = "directory.gate.phase"
			return gate, nil
		}
		return nil, application
	}
	return gate, nil
}

// viewerApplication is userApplication kept (s.viewerApplications) until an application or a
// person is created, changed or deleted: every directory page reads it to decide whether its
// reader may browse. The record is shared by the pages: read it, never change it.
func (s *server) viewerApplication(app core.App, userID, programID string) *core.Record {
	application, _ := s.viewerApplications.get(userID+" "+programID, func() (*core.Record, error) {
		r, err := app.FindFirstRecordByFilter(kernel.CollectionApplications, "user = {:u} && program = {:p}",
			dbx.Params{"u": userID, "p": programID})
		if errors.Is(err, sql.ErrNoRows) {
			return nil, nil
		}
		return r, err // an error is not kept: the next page asks again
	})
	return application
}

// renderDirectoryGate shows why the directory is closed to this person, with 403.
func (s *server) renderDirectoryGate(e *core.RequestEvent, gate *directoryGate) error {
	p := newPage(e, "directory.title")
	p.Data = gate
	return s.render(e, http.StatusForbidden, "directory_gate", p)
}

// currentMentor is the viewer's active pair in program: the match page to go to and the
// mentor's application. A mentee has one mentor per programme, so while it lasts the
// directory offers no invitations.
type currentMentor struct {
	MatchURL, MentorID string
}

// currentMentorOf is the active pair of the mentee's application, or nil when she has none.
// It is kept (s.currentMentors) until a match is created, changed or deleted.
func (s *server) currentMentorOf(app core.App, mentee *core.Record) *currentMentor {
	current, _ := s.currentMentors.get(mentee.Id, func() (*currentMentor, error) {
		match, err := app.FindFirstRecordByFilter(kernel.CollectionMatches, `mentee = {:mentee} && status = {:status}`,
			dbx.Params{"mentee": mentee.Id, "status": kernel.MatchActive})
		if errors.Is(err, sql.ErrNoRows) {
			return nil, nil
		}
		if err != nil {
			return nil, err // not kept: the next page asks again
		}
		return &currentMentor{MatchURL: "/matches/" + match.Id, MentorID: match.GetString("mentor")}, nil
	})
	return current
}
