package ui

import (
	"fmt"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

// evaluationRow is one form in the evaluations section: whose it is, its state and, when
// there is something to do or read, the link.
type evaluationRow struct {
	Title, Author, State, Action string // in the viewer's language
	Link                         string
	Submitted                    bool
	DueText                      string // "due …", "" without a date
}

// evaluationRows lists the forms the viewer fills in and the answers they may read: a member
// sees their own forms and their partner's shared ones, a coordinator every form of the pair.
// Their words are translated here: each row cost the template four translation calls.
func evaluationRows(e *core.RequestEvent, pair *kernel.Pair, role string, dues []workspace.Due) []evaluationRow {
	now := time.Now()
	var rows []evaluationRow
	for _, d := range dues {
		own := d.Author.Id == e.Auth.Id
		if !own && role != workspace.RoleCoordinator && !d.Readable(e.Auth.Id, role) {
			continue
		}
		row := evaluationRow{Title: translate(e, d.Form.TitleKey()), Author: d.Author.GetString("name"),
			Link: "/matches/" + pair.Match.Id + "/evaluations/" + d.Form.Kind, Submitted: d.Submitted != nil}
		if !d.At.IsZero() {
			row.DueText = translate(e, "evaluation.due_on", "date", dateText(d.At))
		}
		var state, action string
		switch {
		case d.Submitted != nil:
			state, action = "evaluation.state.submitted", "evaluation.action.read"
		case d.Open(now) && own:
			state, action = "evaluation.state.due", "evaluation.action.fill"
		case d.Open(now):
			state, row.Link = "evaluation.state.waiting", ""
		case d.At.IsZero():
			state, row.Link = "evaluation.state.after_first_meeting", ""
		default:
			state, row.Link = "evaluation.state.upcoming", ""
		}
		row.State = translate(e, state)
		if action != "" {
			row.Action = translate(e, action)
		}
		rows = append(rows, row)
	}
	return rows
}

// evaluationPage is one form: its questions when the viewer may fill it in now, and the
// submitted answers the viewer may read.
type evaluationPage struct {
	Kind, TitleKey string
	CanFill        bool
	Questions      []questionView
	Sheets         []answerSheet
}

// questionView is one question on the form with what was typed and its error.
type questionView struct {
	Name, LabelKey, Type, Value, Error string
	Required                           bool
}

// answerSheet is one person's submitted answers.
type answerSheet struct {
	Author    string
	Submitted time.Time
	Items     []answerItem
}

// answerItem is one answer, ready to show; Key is a catalog key for yes/no answers.
type answerItem struct {
	LabelKey, Text, Key string
}

// newEvaluationPage builds the page of form for the viewer from what the pair's members owe.
func newEvaluationPage(e *core.RequestEvent, p *page, role string, form workspace.EvaluationForm, dues []workspace.Due) *evaluationPage {
	now, kind := time.Now(), form.Kind
	v := &evaluationPage{Kind: kind, TitleKey: form.TitleKey()}
	for _, d := range dues {
		if d.Form.Kind != kind {
			continue
		}
		if d.Author.Id == e.Auth.Id && d.Open(now) {
			v.CanFill = true
		}
		if d.Readable(e.Auth.Id, role) {
			v.Sheets = append(v.Sheets, newAnswerSheet(form, d))
		}
	}
	if v.CanFill {
		for _, q := range form.Questions {
			v.Questions = append(v.Questions, questionView{Name: q.Key, LabelKey: q.LabelKey(kind), Type: q.Type,
				Value: p.Form[q.Key], Error: p.Errors[q.Key], Required: q.Required})
		}
	}
	return v
}

// newAnswerSheet formats the submitted answers of d in the form's order.
func newAnswerSheet(form workspace.EvaluationForm, d workspace.Due) answerSheet {
	answers := map[string]any{}
	_ = d.Submitted.UnmarshalJSONField("answers", &answers)
	sheet := answerSheet{Author: d.Author.GetString("name"), Submitted: d.Submitted.GetDateTime("submitted_at").Time()}
	for _, q := range form.Questions {
		value, ok := answers[q.Key]
		if !ok {
			continue
		}
		item := answerItem{LabelKey: q.LabelKey(form.Kind)}
		switch v := value.(type) {
		case bool:
			item.Key = "evaluation.no"
			if v {
				item.Key = "evaluation.yes"
			}
		case float64:
			item.Text = fmt.Sprintf("%g / 5", v)
		default:
			item.Text = fmt.Sprint(v)
		}
		sheet.Items = append(sheet.Items, item)
	}
	return sheet
}
