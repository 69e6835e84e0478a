package ui

import (
	"net/http"
	"strconv"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/mentoring"
)

// consoleURL is the console of the request's programme.
func consoleURL(e *core.RequestEvent) string {
	return "/coordinate/" + e.Request.PathValue("slug") + "/matching"
}

// consoleRun computes a new proposal and says whether the engine proved it optimal.
func (s *server) consoleRun(e *core.RequestEvent) error {
	program, ok := consoleProgram(e)
	if !ok {
		return s.renderNotFound(e)
	}
	result, err := mentoring.Plan(e.App, program.Id)
	if err != nil {
		return s.consoleRefused(e, err)
	}
	run := "feasible"
	if result.Optimal {
		run = "optimal"
	}
	return redirect(e, consoleURL(e)+"?run="+run)
}

// consoleLock toggles whether a draft pair is kept when the proposal is computed again.
func (s *server) consoleLock(e *core.RequestEvent) error {
	match, ok := consoleDraft(e)
	if !ok {
		return s.renderNotFound(e)
	}
	if err := mentoring.LockPair(e.App, e.Auth.Id, match.Id, !match.GetBool("locked")); err != nil {
		return s.consoleRefused(e, err)
	}
	return redirect(e, consoleURL(e))
}

// consoleExclude keeps a draft pair from ever being proposed again.
func (s *server) consoleExclude(e *core.RequestEvent) error {
	match, ok := consoleDraft(e)
	if !ok {
		return s.renderNotFound(e)
	}
	if err := mentoring.ExcludePair(e.App, e.Auth.Id, match.GetString("mentee"), match.GetString("mentor")); err != nil {
		return s.consoleRefused(e, err)
	}
	return redirect(e, consoleURL(e))
}

// consolePublish turns every draft that is not excluded into an active pair, mailing both
// members; the coordinator must tick the confirmation first.
func (s *server) consolePublish(e *core.RequestEvent) error {
	program, ok := consoleProgram(e)
	if !ok {
		return s.renderNotFound(e)
	}
	if e.Request.PostFormValue("confirm") != "yes" {
		return s.renderConsole(e, http.StatusUnprocessableEntity, map[string]string{"confirm": translate(e, "console.publish.confirm_required")})
	}
	n, err := mentoring.Publish(e.App, e.Auth.Id, program.Id)
	if err != nil {
		return s.consoleRefused(e, err)
	}
	return redirect(e, consoleURL(e)+"?published="+strconv.Itoa(n))
}

// consoleDraft loads the {match} of the request's programme for a coordinator of it.
func consoleDraft(e *core.RequestEvent) (*core.Record, bool) {
	program, ok := consoleProgram(e)
	if !ok {
		return nil, false
	}
	return programRecord(e, program, "matches", "match")
}

// consoleRefused shows the console again with what the domain refused; other errors are
// the server's.
func (s *server) consoleRefused(e *core.RequestEvent, err error) error {
	if !isDomainRefusal(err) {
		return err
	}
	return s.renderConsole(e, http.StatusUnprocessableEntity, domainErrors(e, err))
}
