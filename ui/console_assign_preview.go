package ui

import (
	"net/http"
	"net/url"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/mentoring"
)

// consoleAssignPreview shows the score of the mentee and mentor chosen in the console before
// the coordinator confirms the pair. Without a mentee or a mentor it goes back to the
// console, which says which field to fill in.
func (s *server) consoleAssignPreview(e *core.RequestEvent) error {
	q := e.Request.URL.Query()
	missing := url.Values{}
	for _, field := range []string{"mentee", "mentor"} {
		if q.Get(field) == "" {
			missing.Add("missing", field)
		}
	}
	if len(missing) > 0 {
		if _, ok := consoleProgram(e); !ok {
			return s.renderNotFound(e)
		}
		return redirect(e, consoleURL(e)+"?"+missing.Encode())
	}
	return s.renderAssign(e, http.StatusOK, q.Get("mentee"), q.Get("mentor"), map[string]string{})
}

// renderAssign renders the preview of a mentee and a mentor of the programme; ids that are
// not approved applications of this programme in those roles answer 404.
func (s *server) renderAssign(e *core.RequestEvent, status int, menteeID, mentorID string, errs map[string]string) error {
	program, ok := consoleProgram(e)
	if !ok {
		return s.renderNotFound(e)
	}
	mentee, okMentee := consoleApplication(e, program, menteeID, kernel.RoleMentee)
	mentor, okMentor := consoleApplication(e, program, mentorID, kernel.RoleMentor)
	if !okMentee || !okMentor {
		return s.renderNotFound(e)
	}
	result, err := mentoring.ScorePair(e.App, mentee, mentor)
	if err != nil {
		return err
	}
	load, err := mentoring.ProposalLoad(e.App, mentor, mentee.Id)
	if err != nil {
		return err
	}
	p := newPage(e, "console.assign.title")
	p.Errors = errs
	data := assignPage{Program: newProgramCard(program, requestLocale(e), time.Now()), MenteeID: mentee.Id, MentorID: mentor.Id,
		MenteeName: applicationName(e.App, mentee), MentorName: applicationName(e.App, mentor),
		Score: explainScore(e.App, p.Locale, program, result)}
	data.seats(e.App, load)
	data.override()
	data.Paused = pausedMentors(program, []*core.Record{mentor}, time.Now())[mentor.Id]
	if data.WhyNot, err = s.newWhyNotView(e, program, mentee, mentor); err != nil {
		return err
	}
	p.Data = data
	return s.render(e, status, "console_assign_preview", p)
}

// consoleApplication loads an approved application of program in role.
func consoleApplication(e *core.RequestEvent, program *core.Record, id, role string) (*core.Record, bool) {
	if id == "" {
		return nil, false
	}
	a, err := e.App.FindRecordById(kernel.CollectionApplications, id)
	if err != nil || a.GetString("program") != program.Id || a.GetString("role") != role || a.GetString("status") != kernel.ApplicationApproved {
		return nil, false
	}
	return a, true
}
