package ui

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/workspace"
)

// goalToggle marks a goal done, or not done again.
func (s *server) goalToggle(e *core.RequestEvent) error {
	matchID := e.Request.PathValue("id")
	if err := workspace.ToggleGoal(e.App, e.Auth.Id, matchID, e.Request.PathValue("goal")); err != nil {
		return s.sectionFailure(e, err, "goal_list", newPage(e, "workspace.section.goals"), matchID, goalFields)
	}
	return redirect(e, "/matches/"+matchID+"#goals")
}
