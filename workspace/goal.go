package workspace

import (
	"strings"
	"time"

	"github.com/pocketbase/dbx"
	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"

	"github.com/mentorbase/mentorbase/kernel"
)

// GoalInput is a goal of the pair's action plan as a member writes it.
type GoalInput struct {
	Title   string
	Details string
	DueOn   string // YYYY-MM-DD, optional
}

// AddGoal adds a goal to the action plan of the active match; either member writes goals.
// A missing title or a malformed date comes back as validation.Errors by form field.
func AddGoal(app core.App, userID, matchID string, in GoalInput) (*core.Record, error) {
	var goal *core.Record
	err := app.RunInTransaction(func(txApp core.App) error {
		pair, _, err := openActive(txApp, userID, matchID)
		if err != nil {
			return err
		}
		collection, err := txApp.FindCachedCollectionByNameOrId(kernel.CollectionGoals)
		if err != nil {
			return err
		}
		goal = core.NewRecord(collection)
		goal.Set("match", pair.Match.Id)
		goal.Set("title", strings.TrimSpace(in.Title))
		goal.Set("details", strings.TrimSpace(in.Details))
		goal.Set("created_by", userID)
		errs := validation.Errors{}
		if goal.GetString("title") == "" {
			errs["title"] = validation.ErrRequired
		}
		if due := strings.TrimSpace(in.DueOn); due != "" {
			day, err := time.Parse(time.DateOnly, due)
			if err != nil {
				errs["due_on"] = validation.NewError("validation_invalid_format", "must be a date YYYY-MM-DD")
			}
			goal.Set("due_on", day)
		}
		if len(errs) > 0 {
			return errs
		}
		return txApp.Save(goal)
	})
	if err != nil {
		return nil, err
	}
	return goal, nil
}

// ToggleGoal marks the goal done (now) or, when it was done, not done again; either member of
// the active match may.
func ToggleGoal(app core.App, userID, matchID, goalID string) error {
	return changeGoal(app, userID, matchID, goalID, func(txApp core.App, goal *core.Record) error {
		if goal.GetDateTime("done_at").IsZero() {
			goal.Set("done_at", types.NowDateTime())
		} else {
			goal.Set("done_at", "")
		}
		return txApp.Save(goal)
	})
}

// DeleteGoal removes the goal from the action plan; either member of the active match may.
func DeleteGoal(app core.App, userID, matchID, goalID string) error {
	return changeGoal(app, userID, matchID, goalID, func(txApp core.App, goal *core.Record) error {
		return txApp.Delete(goal)
	})
}

// changeGoal runs change on the goal goalID of matchID when userID is a member of the active
// match; a goal of another pair is kernel.ErrNotFound.
func changeGoal(app core.App, userID, matchID, goalID string, change func(core.App, *core.Record) error) error {
	return app.RunInTransaction(func(txApp core.App) error {
		if _, _, err := openActive(txApp, userID, matchID); err != nil {
			return err
		}
		goal, err := txApp.FindRecordById(kernel.CollectionGoals, goalID)
		if err != nil || goal.GetString("match") != matchID {
			return kernel.ErrNotFound
		}
		return change(txApp, goal)
	})
}

// Goals are the pair's goals, open ones first, then by due date (undated first) and age.
func Goals(app core.App, matchID string) ([]*core.Record, error) {
	goals, err := app.FindAllRecords(kernel.CollectionGoals, dbx.HashExp{"match": matchID})
	kernel.SortRecords(goals, "done_at", "due_on", "created")
	return goals, err
}
