package ui

import (
	"net/http"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/mentoring"
)

// consoleAssignPreview shows the score of the mentee and mentor chosen in the console before
// the coordinator confirms the pair.
func (s *server) consoleAssignPreview(e *core.RequestEvent) error {
	q := e.Request.URL.Query()
	return s.renderAssign(e, http.StatusOK, q.Get("mentee"), q.Get("mentor"), map[string]string{})
}

// consoleAssign pairs the chosen mentee and mentor by hand, as a locked draft.
func (s *server) consoleAssign(e *core.RequestEvent) error {
	program, ok := consoleProgram(e)
	if !ok {
		return s.renderNotFound(e)
	}
	mentee, mentor := e.Request.PostFormValue("mentee"), e.Request.PostFormValue("mentor")
	if _, err := mentoring.AssignPair(e.App, e.Auth.Id, mentee, mentor); err != nil {
		if !isDomainRefusal(err) {
			return err
		}
		return s.renderAssign(e, http.StatusUnprocessableEntity, mentee, mentor, domainErrors(e, err))
	}
	setFlash(e, "flash.console_assigned")
	return redirect(e, "/coordinate/"+program.GetString("slug")+"/matching")
}

// renderAssign renders the preview of a mentee and a mentor of the programme; ids that are
// not approved applications of this programme in those roles answer 404.
func (s *server) renderAssign(e *core.RequestEvent, status int, menteeID, mentorID string, errs map[string]string) error {
	program, ok := consoleProgram(e)
	if !ok {
		return s.renderNotFound(e)
	}
	mentee, okMentee := consoleApplication(e, program, menteeID, "mentee")
	mentor, okMentor := consoleApplication(e, program, mentorID, "mentor")
	if !okMentee || !okMentor {
		return s.renderNotFound(e)
	}
	result, err := mentoring.ScorePair(e.App, mentee, mentor)
	if err != nil {
		return err
	}
	p := newPage(e, "console.assign.title")
	p.Errors = errs
	name := func(a *core.Record) string {
		if u, err := e.App.FindRecordById("users", a.GetString("user")); err == nil {
			return u.GetString("name")
		}
		return a.Id
	}
	p.Data = struct {
		Program                programCard
		MenteeID, MentorID     string
		MenteeName, MentorName string
		Score                  scoreView
	}{newProgramCard(program, time.Now()), mentee.Id, mentor.Id, name(mentee), name(mentor), explainScore(e.App, p.Locale, result)}
	return s.render(e, status, "console_assign", p)
}

// consoleApplication loads an approved application of program in role.
func consoleApplication(e *core.RequestEvent, program *core.Record, id, role string) (*core.Record, bool) {
	if id == "" {
		return nil, false
	}
	a, err := e.App.FindRecordById("applications", id)
	if err != nil || a.GetString("program") != program.Id || a.GetString("role") != role || a.GetString("status") != "approved" {
		return nil, false
	}
	return a, true
}
