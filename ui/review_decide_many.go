package ui

import (
	"net/url"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/mentoring"
)

// reviewDecideMany approves, waitlists or rejects the applications ticked on the list with
// one message; each applicant whose status changes is told in their language, and one who
// already had that decision is not told again, so a second click sends nothing. Back on the
// list, with its filters and page, the notice says so; a refusal shows the list again with
// the message typed.
func (s *server) reviewDecideMany(e *core.RequestEvent) error {
	program, ok := coordinatedProgram(e)
	if !ok {
		return s.renderNotFound(e)
	}
	if err := e.Request.ParseForm(); err != nil {
		return err
	}
	back, err := url.Parse(localPath(e.Request.PostFormValue("back")))
	if err != nil || back.Path != reviewListPath(program, nil) {
		back = &url.URL{Path: reviewListPath(program, nil)}
	}
	form := formValues(e, "decision", "message")
	report, err := mentoring.DecideMany(e.App, e.Auth.Id, program.Id, e.Request.PostForm["ids"], form["decision"], form["message"])
	if err != nil {
		errs := fieldErrors(e, err)
		if msg, ok := errs["decision_message"]; ok {
			errs["message"] = msg
		}
		return s.renderReviewList(e, statusOfForm, program, back.Query(), errs)
	}
	setFlash(e, decidedFlash(report))
	return redirect(e, back.String())
}

// decidedFlash is the notice of a decision on many: who was told, or that nobody needed to be.
func decidedFlash(r mentoring.DecisionReport) string {
	switch {
	case r.Changed == 0:
		return "flash.bulk_nothing_changed"
	case r.Unchanged+r.Skipped > 0:
		return "flash.bulk_decided_some"
	}
	return "flash.bulk_decided"
}
