package ui

import (
	"net/http"
	"net/url"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/mentoring"
)

// directoryGate is why a person cannot use a programme's directory, and what to do about it.
type directoryGate struct {
	ProgramName, Slug string
	Reason            string // catalog key
	Link, LinkLabel   string // the next step, when there is one
}

// directoryProgram finds the self-service programme of the request's {slug}; any other
// programme answers 404, so unpublished ones do not leak.
func directoryProgram(e *core.RequestEvent) (*core.Record, bool) {
	program, ok := visibleProgram(e)
	if !ok || program.GetString("matching_mode") != "self_service" {
		return nil, false
	}
	return program, true
}

// directoryMentee returns the signed-in person's approved mentee application in program, or the
// gate explaining why there is none: sign in, apply, wait for approval, or not a mentee.
func directoryMentee(e *core.RequestEvent, program *core.Record) (*core.Record, *directoryGate) {
	slug := program.GetString("slug")
	gate := &directoryGate{ProgramName: program.GetString("name"), Slug: slug}
	if e.Auth == nil || e.Auth.Collection().Name != usersCollection {
		gate.Reason = "directory.gate.sign_in"
		gate.Link = "/login?next=" + url.QueryEscape(e.Request.URL.RequestURI())
		gate.LinkLabel = "directory.gate.sign_in_link"
		return nil, gate
	}
	var application *core.Record
	apps, err := e.App.FindRecordsByFilter("applications", "program = {:p} && user = {:u}", "", 1, 0,
		dbx.Params{"p": program.Id, "u": e.Auth.Id})
	if err == nil && len(apps) > 0 {
		application = apps[0]
	}
	switch {
	case application == nil:
		gate.Reason, gate.Link, gate.LinkLabel = "directory.gate.apply", "/programs/"+slug, "directory.gate.apply_link"
	case application.GetString("role") != "mentee":
		gate.Reason = "directory.gate.not_mentee"
	case application.GetString("status") == "submitted" || application.GetString("status") == "waitlisted":
		gate.Reason = "directory.gate.pending"
	case application.GetString("status") != "approved":
		gate.Reason = "directory.gate.inactive"
	default:
		phase := mentoring.Phase(program, time.Now())
		if phase != mentoring.PhaseApplications && phase != mentoring.PhaseRunning {
			gate.Reason = "directory.gate.phase"
			return nil, gate
		}
		return application, nil
	}
	return nil, gate
}

// renderDirectoryGate shows why the directory is closed to this person, with 403.
func (s *server) renderDirectoryGate(e *core.RequestEvent, gate *directoryGate) error {
	p := newPage(e, "directory.title")
	p.Data = gate
	return s.render(e, http.StatusForbidden, "directory_gate", p)
}
