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
