package ui

import (
	"net/http"
	"time"

	"github.com/pocketbase/pocketbase/core"

	messages "github.com/mentorbase/mentorbase/catalog"
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

// formField is what the "field" template shows of one input (partials/forms.html).
type formField struct {
	Name, Type, Label, Value, Error string
	Hint, Lang, Autocomplete        string
	Required                        bool
}

// goalForm is the goal form's title and due day, with what p's form typed and its messages.
// Built here, they spare the template two maps of seven arguments on every match page.
func goalForm(p *page) (title, dueOn formField) {
	title = formField{Name: "goal_title", Type: "text", Label: messages.Catalog.T(p.Locale, "goal.title"),
		Value: p.Form["goal_title"], Error: p.Errors["goal_title"], Required: true}
	dueOn = formField{Name: "goal_due_on", Type: "date", Label: messages.Catalog.T(p.Locale, "goal.due_on"),
		Value: p.Form["goal_due_on"], Error: p.Errors["goal_due_on"]}
	return title, dueOn
}

// goalList is the pair's action plan on a page of its own.
func (s *server) goalList(e *core.RequestEvent) error {
	return s.renderSection(e, http.StatusOK, "goal_list", newPage(e, "workspace.section.goals"), e.Request.PathValue("id"), nil)
}

// goalFields renames the goals record's fields to the goal form's.
var goalFields = map[string]string{"title": "goal_title", "details": "goal_details", "due_on": "goal_due_on"}
