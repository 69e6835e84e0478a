package ui

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/workspace"
)

// goalDelete removes a goal from the action plan.
func (s *server) goalDelete(e *core.RequestEvent) error {
	matchID := e.Request.PathValue("id")
	if err := workspace.DeleteGoal(e.App, e.Auth.Id, matchID, e.Request.PathValue("goal")); err != nil {
		return s.sectionFailure(e, err, "goal_list", newPage(e, "workspace.section.goals"), matchID, goalFields)
	}
	setFlash(e, "flash.goal_deleted")
	return redirect(e, "/matches/"+matchID+"#goals")
}
