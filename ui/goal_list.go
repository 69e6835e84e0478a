package ui

import (
	"net/http"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

// goalRow is one goal of the action plan.
type goalRow struct {
	ID, Title, Details string
	DueOn, DoneAt      time.Time
	Done               bool
}

// goalRows are the pair's goals, open ones first.
func goalRows(app core.App, pair *kernel.Pair) ([]goalRow, error) {
	goals, err := workspace.Goals(app, pair.Match.Id)
	if err != nil {
		return nil, err
	}
	rows := make([]goalRow, 0, len(goals))
	for _, g := range goals {
		rows = append(rows, goalRow{
			ID: g.Id, Title: g.GetString("title"), Details: g.GetString("details"),
			DueOn: g.GetDateTime("due_on").Time(), DoneAt: g.GetDateTime("done_at").Time(),
			Done: !g.GetDateTime("done_at").IsZero(),
		})
	}
	return rows, nil
}

// goalList is the pair's action plan on a page of its own.
func (s *server) goalList(e *core.RequestEvent) error {
	return s.renderSection(e, http.StatusOK, "goal_list", newPage(e, "workspace.section.goals"), e.Request.PathValue("id"), nil)
}

// goalFields renames the goals record's fields to the goal form's.
var goalFields = map[string]string{"title": "goal_title", "details": "goal_details", "due_on": "goal_due_on"}

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

// goalToggle marks a goal done, or not done again.
func (s *server) goalToggle(e *core.RequestEvent) error {
	matchID := e.Request.PathValue("id")
	if err := workspace.ToggleGoal(e.App, e.Auth.Id, matchID, e.Request.PathValue("goal")); err != nil {
		return s.sectionFailure(e, err, "goal_list", newPage(e, "workspace.section.goals"), matchID, goalFields)
	}
	return redirect(e, "/matches/"+matchID+"#goals")
}

// goalDelete removes a goal from the action plan.
func (s *server) goalDelete(e *core.RequestEvent) error {
	matchID := e.Request.PathValue("id")
	if err := workspace.DeleteGoal(e.App, e.Auth.Id, matchID, e.Request.PathValue("goal")); err != nil {
		return s.sectionFailure(e, err, "goal_list", newPage(e, "workspace.section.goals"), matchID, goalFields)
	}
	setFlash(e, "flash.goal_deleted")
	return redirect(e, "/matches/"+matchID+"#goals")
}
