package workspace

import (
	"encoding/json"
	"fmt"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/tools/types"

	messages "github.com/mentorbase/mentorbase/catalog"
)

// evaluationRecord is one form as the evaluations export reads it.
type evaluationRecord struct {
	ID, Kind, Author, Role, Pair string
	Answers                      types.JSONRaw
	SubmittedAt                  types.DateTime
}

// evaluations is every form of the programme, drafts too (coordinators read them), one row
// each: who filled it in, for which pair, when it was submitted, then one column per question
// of every form, "form: question", empty for the questions of other forms.
func (e exporter) evaluations() (Table, error) {
	var records []evaluationRecord
	err := e.app.DB().NewQuery(`SELECT ev.id AS id, ev.kind AS kind, u.name AS author, ev.answers AS answers,
		ev.submitted_at AS submitted_at,
		CASE WHEN m.id IS NULL THEN '' WHEN ta.user = ev.author THEN 'mentor' WHEN ea.user = ev.author THEN 'mentee' ELSE '' END AS role,
		COALESCE(tu.name || ' – ' || eu.name, '') AS pair
		FROM evaluations ev JOIN users u ON u.id = ev.author
		LEFT JOIN matches m ON m.id = ev.match
		LEFT JOIN applications ta ON ta.id = m.mentor LEFT JOIN users tu ON tu.id = ta.user
		LEFT JOIN applications ea ON ea.id = m.mentee LEFT JOIN users eu ON eu.id = ea.user
		WHERE ev.program = {:program} ORDER BY ev.kind, ev.created`).Bind(dbx.Params{"program": e.program.Id}).All(&records)
	if err != nil {
		return Table{}, err
	}
	columns := []column[evaluationRecord]{
		{"export.col.id", func(r evaluationRecord) string { return r.ID }},
		{"export.col.form", func(r evaluationRecord) string { return messages.Catalog.T(e.lang, "evaluation."+r.Kind+".title") }},
		{"export.col.author", func(r evaluationRecord) string { return r.Author }},
		{"export.col.role", func(r evaluationRecord) string { return e.word(RoleKeys, r.Role) }},
		{"export.col.pair", func(r evaluationRecord) string { return r.Pair }},
		{"export.col.submitted_at", func(r evaluationRecord) string { return e.when(r.SubmittedAt) }},
	}
	t := table(e, records, columns)
	answers := make([]map[string]any, len(records))
	for i, r := range records {
		_ = json.Unmarshal(r.Answers, &answers[i]) // a form that does not parse exports without answers
	}
	for _, form := range EvaluationForms {
		for _, q := range form.Questions {
			t.Header = append(t.Header, messages.Catalog.T(e.lang, "export.col.question",
				"form", messages.Catalog.T(e.lang, form.TitleKey()), "question", messages.Catalog.T(e.lang, q.LabelKey(form.Kind))))
			for i, r := range records {
				answer := ""
				if r.Kind == form.Kind {
					answer = e.answer(answers[i][q.Key])
				}
				t.Rows[i] = append(t.Rows[i], answer)
			}
		}
	}
	return t, nil
}

// answer writes a stored answer, yes and no in the reader's language.
func (e exporter) answer(value any) string {
	switch v := value.(type) {
	case nil:
		return ""
	case bool:
		return e.yesNo(v)
	case string:
		return v
	default:
		return fmt.Sprint(v)
	}
}
