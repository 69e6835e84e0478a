package workspace

import (
	"strconv"
	"strings"
	"time"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"

	"github.com/mentorbase/mentorbase/kernel"
)

// Longest answers accepted, in characters: one line, and paragraphs.
const (
	maxAnswerLine = 200
	maxAnswerText = 5000
)

// SubmitEvaluation records userID's answers to the form kind about the pair of matchID, once
// the form is due for them and not yet submitted; answers are the form's values by question
// key. Wrong or missing answers come back as validation.Errors keyed by question.
func SubmitEvaluation(app core.App, userID, matchID, kind string, answers map[string]string) (*core.Record, error) {
	form, ok := FormOf(kind)
	if !ok {
		return nil, kernel.ErrNotFound
	}
	var saved *core.Record
	err := app.RunInTransaction(func(txApp core.App) error {
		pair, role, err := Open(txApp, userID, matchID)
		if err != nil {
			return err
		}
		due, ok, err := dueOf(txApp, pair, role, kind, time.Now())
		if err != nil {
			return err
		}
		if !ok || !due.Open(time.Now()) {
			return kernel.ErrNotAllowed
		}
		values, err := form.Parse(answers)
		if err != nil {
			return err
		}
		collection, err := txApp.FindCachedCollectionByNameOrId(kernel.CollectionEvaluations)
		if err != nil {
			return err
		}
		saved = core.NewRecord(collection)
		if !form.AboutProgramme {
			saved.Set("match", pair.Match.Id)
		}
		saved.Set("program", pair.Program.Id)
		saved.Set("author", userID)
		saved.Set("kind", kind)
		saved.Set("answers", values)
		saved.Set("submitted_at", types.NowDateTime())
		return txApp.Save(saved)
	})
	if err != nil {
		return nil, err
	}
	return saved, nil
}

// dueOf is what the member with role owes of form kind; ok is false when they do not fill it.
func dueOf(app core.App, pair *kernel.Pair, role, kind string, now time.Time) (Due, bool, error) {
	dues, err := DuesFor(app, pair, now)
	if err != nil {
		return Due{}, false, err
	}
	for _, d := range dues {
		if d.Form.Kind == kind && d.Role == role {
			return d, true, nil
		}
	}
	return Due{}, false, nil
}

// Parse checks answers against the form's questions and returns the values to store: strings
// for text and dates, 1–5 for scales, true or false for yes/no. Unknown keys are dropped.
func (f EvaluationForm) Parse(answers map[string]string) (map[string]any, error) {
	values := map[string]any{}
	errs := validation.Errors{}
	for _, q := range f.Questions {
		raw := strings.TrimSpace(answers[q.Key])
		if raw == "" {
			if q.Required {
				errs[q.Key] = validation.ErrRequired
			}
			continue
		}
		value, err := q.parse(raw)
		if err != nil {
			errs[q.Key] = err
			continue
		}
		values[q.Key] = value
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return values, nil
}

// parse converts one non-empty answer to its stored value.
func (q Question) parse(raw string) (any, error) {
	switch q.Type {
	case QuestionScale:
		n, err := strconv.Atoi(raw)
		if err != nil || n < 1 || n > 5 {
			return nil, validation.ErrInInvalid
		}
		return n, nil
	case QuestionYesNo:
		if raw != "yes" && raw != "no" {
			return nil, validation.ErrInInvalid
		}
		return raw == "yes", nil
	case QuestionDate:
		if _, err := time.Parse(time.DateOnly, raw); err != nil {
			return nil, validation.NewError("validation_invalid_format", "must be a date YYYY-MM-DD")
		}
		return raw, nil
	case QuestionText:
		if len([]rune(raw)) > maxAnswerLine {
			return nil, validation.ErrLengthTooLong
		}
		return raw, nil
	default:
		if len([]rune(raw)) > maxAnswerText {
			return nil, validation.ErrLengthTooLong
		}
		return raw, nil
	}
}

// Readable reports whether a viewer with role in the pair (RoleMentor, RoleMentee or
// RoleCoordinator) may read the submitted answers of d: its author, the coordinators, and the
// partner when the form is shared with them.
func (d Due) Readable(viewerID, role string) bool {
	if d.Submitted == nil {
		return false
	}
	return role == RoleCoordinator || d.Author.Id == viewerID ||
		d.Form.SharedWithPartner && (role == RoleMentor || role == RoleMentee)
}
