package ui

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/mentoring"
)

// rankedCreate sends the mentee's ranked request: the first choice is invited now, the next
// ones in turn if needed; a refusal shows the form again beside the choice it concerns, with
// everything typed kept.
func (s *server) rankedCreate(e *core.RequestEvent) error {
	program, mentee, ok, err := s.openDirectory(e)
	if !ok {
		return err
	}
	limit := mentoring.RankedLimit(program)
	if limit < 2 {
		return s.renderNotFound(e)
	}
	names := []string{"message"}
	for i := 1; i <= limit; i++ {
		names = append(names, choiceField(i))
	}
	form := formValues(e, names...)
	again := func(errs map[string]string) error {
		return s.renderRanked(e, statusOfForm, program, mentee, limit, form, errs)
	}
	if problem := inviteMessageProblem(e, form["message"]); problem != nil {
		return again(problem)
	}
	var mentors []string
	for _, name := range names[1:] {
		mentors = append(mentors, form[name])
	}
	if _, err := mentoring.InviteRanked(e.App, e.Auth.Id, mentors, form["message"]); err != nil {
		return s.answerRefusal(e, err, again)
	}
	setFlash(e, "flash.ranked_sent")
	return redirect(e, "/me")
}
