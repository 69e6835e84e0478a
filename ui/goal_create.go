package ui

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/workspace"
)

// goalCreate adds a goal to the pair's action plan.
func (s *server) goalCreate(e *core.RequestEvent) error {
	matchID := e.Request.PathValue("id")
	p := newPage(e, "workspace.section.goals")
	p.Form = formValues(e, "goal_title", "goal_details", "goal_due_on")
	in := workspace.GoalInput{Title: p.Form["goal_title"], Details: p.Form["goal_details"], DueOn: p.Form["goal_due_on"]}
	if _, err := workspace.AddGoal(e.App, e.Auth.Id, matchID, in); err != nil {
		return s.sectionFailure(e, err, "goal_list", p, matchID, goalFields)
	}
	setFlash(e, "flash.goal_added")
	return redirect(e, "/matches/"+matchID+"#goals")
}
