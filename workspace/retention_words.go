package workspace

import (
	"encoding/json"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// forgetWrittenAnswers clears what people wrote in program's evaluations and pair agreements:
// the evaluations keep their scales, yes/no answers and dates, which the report counts, and
// lose their text and paragraph answers; an agreement keeps how often and how the pair meant
// to meet and loses its expectations and who proposed it. Written with SQL, as the rest of
// forgetProgrammeWords, so that no record hook mails or stamps anything.
func forgetWrittenAnswers(app core.App, program *core.Record) error {
	params := dbx.Params{"p": program.Id}
	var rows []struct {
		ID      string `db:"id"`
		Kind    string `db:"kind"`
		Answers string `db:"answers"`
	}
	if err := app.DB().NewQuery("SELECT id, kind, answers FROM evaluations WHERE program = {:p}").
		Bind(params).All(&rows); err != nil {
		return err
	}
	for _, r := range rows {
		kept, changed := withoutWrittenAnswers(r.Kind, r.Answers)
		if !changed {
			continue
		}
		if _, err := app.DB().NewQuery("UPDATE evaluations SET answers = {:a} WHERE id = {:id}").
			Bind(dbx.Params{"a": kept, "id": r.ID}).Execute(); err != nil {
			return err
		}
	}
	_, err := app.DB().NewQuery("UPDATE matches SET agreement = json_remove(json_set(agreement, '$.expectations', ''), '$.proposed_by') " +
		"WHERE program = {:p} AND json_valid(agreement) AND json_type(agreement) = 'object'").Bind(params).Execute()
	return err
}

// withoutWrittenAnswers is answers (JSON) of an evaluation of kind without the answers to its
// text and paragraph questions; changed is false when there were none.
func withoutWrittenAnswers(kind, answers string) (kept string, changed bool) {
	form, ok := FormOf(kind)
	values := map[string]any{}
	if !ok || json.Unmarshal([]byte(answers), &values) != nil {
		return answers, false
	}
	for _, q := range form.Questions {
		if _, present := values[q.Key]; present && (q.Type == QuestionText || q.Type == QuestionTextarea) {
			delete(values, q.Key)
			changed = true
		}
	}
	if !changed {
		return answers, false
	}
	out, err := json.Marshal(values)
	if err != nil {
		return answers, false
	}
	return string(out), true
}
