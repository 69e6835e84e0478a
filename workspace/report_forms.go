package workspace

import (
	"fmt"
	"strings"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// FormSummary is the submitted answers of one evaluation form, aggregated per question.
type FormSummary struct {
	Kind      string
	Submitted int
	Questions []QuestionSummary
}

// QuestionSummary is the answers to one question: for a scale, how many gave each value 1–5;
// for yes/no, how many said yes and no; for text and dates, every answer given.
type QuestionSummary struct {
	Question
	Counts  []ValueCount
	Texts   []string
	Average float64 // the mean of a scale's answers
}

// ValueCount is how many answers had Value ("1"…"5", "yes", "no").
type ValueCount struct {
	Value string
	Count int
}

// Answered is the number of answers counted in Counts.
func (q QuestionSummary) Answered() int {
	n := 0
	for _, c := range q.Counts {
		n += c.Count
	}
	return n
}

// Satisfaction is the programme feedback's score: the average rating (1–5) and the share of
// people who would recommend the programme, with how many answered each.
type Satisfaction struct {
	Rating                   float64
	Rated                    int
	Recommend                float64
	RecommendYes, Recommends int
}

// readForms aggregates every form's submitted answers, question by question, and the
// satisfaction score from the programme feedback.
func readForms(app core.App, program *core.Record, r *Report) error {
	for _, form := range EvaluationForms {
		summary, err := summariseForm(app, program.Id, form)
		if err != nil {
			return err
		}
		r.Forms = append(r.Forms, summary)
		if form.Kind != EvaluationProgramFeedback {
			continue
		}
		for _, q := range summary.Questions {
			switch q.Key {
			case "rating":
				r.Satisfaction.Rating, r.Satisfaction.Rated = q.Average, q.Answered()
			case "recommend":
				r.Satisfaction.Recommends = q.Answered()
				r.Satisfaction.RecommendYes = countOf(q.Counts, "yes")
				r.Satisfaction.Recommend = ratio(r.Satisfaction.RecommendYes, r.Satisfaction.Recommends)
			}
		}
	}
	return nil
}

// summariseForm reads the submitted answers of form in the programme: one grouped query per
// scale or yes/no question, the answers themselves for text questions.
func summariseForm(app core.App, programID string, form EvaluationForm) (FormSummary, error) {
	p := dbx.Params{"program": programID, "kind": form.Kind}
	const submitted = "FROM evaluations WHERE program = {:program} AND kind = {:kind} AND submitted_at != ''"
	s := FormSummary{Kind: form.Kind}
	if err := app.DB().NewQuery("SELECT COUNT(*) " + submitted).Bind(p).Row(&s.Submitted); err != nil {
		return s, err
	}
	for _, q := range form.Questions {
		qs := QuestionSummary{Question: q}
		value := fmt.Sprintf("json_extract(answers, '$.%s')", q.Key) // keys are the forms' own identifiers
		switch q.Type {
		case QuestionScale, QuestionYesNo:
			var rows []struct {
				Value string
				Count int
			}
			err := app.DB().NewQuery("SELECT CAST(" + value + " AS TEXT) AS value, COUNT(*) AS count " + submitted +
				" AND " + value + " IS NOT NULL GROUP BY 1").Bind(p).All(&rows)
			if err != nil {
				return s, err
			}
			counts := map[string]int{}
			for _, row := range rows {
				counts[answerValue(row.Value)] += row.Count
			}
			qs.Counts, qs.Average = valueCounts(q.Type, counts)
		default:
			var texts []string
			err := app.DB().NewQuery("SELECT " + value + " " + submitted + " AND TRIM(COALESCE(" + value +
				", '')) != '' ORDER BY submitted_at").Bind(p).Column(&texts)
			if err != nil {
				return s, err
			}
			qs.Texts = texts
		}
		s.Questions = append(s.Questions, qs)
	}
	return s, nil
}

// answerValue is how SQLite's text of a JSON answer reads: true and false come back as 1
// and 0 from json_extract, numbers possibly as "4.0".
func answerValue(v string) string {
	return strings.TrimSuffix(v, ".0")
}

// valueCounts orders the counts of a question's values and computes a scale's average.
func valueCounts(kind string, counts map[string]int) ([]ValueCount, float64) {
	if kind == QuestionYesNo {
		return []ValueCount{{"yes", counts["1"]}, {"no", counts["0"]}}, 0
	}
	out := make([]ValueCount, 0, 5)
	sum, n := 0, 0
	for v := 1; v <= 5; v++ {
		c := counts[fmt.Sprint(v)]
		out = append(out, ValueCount{fmt.Sprint(v), c})
		sum += v * c
		n += c
	}
	return out, ratio(sum, n)
}

// countOf is the count of value in counts.
func countOf(counts []ValueCount, value string) int {
	for _, c := range counts {
		if c.Value == value {
			return c.Count
		}
	}
	return 0
}
