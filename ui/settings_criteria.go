package ui

import (
	"net/http"
	"strconv"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/internal/matching"
	"github.com/mentorbase/mentorbase/mentoring"
)

// criteriaView is the matching criteria page: a weight and a must-have box per criterion,
// as stored or typed, and what they would do to the current applications.
type criteriaView struct {
	programHeading
	Rows    []criterionRow
	Preview *mentoring.CriteriaPreview // nil while the typed weights cannot be read
	Buckets []previewBucket
}

// criterionRow is one criterion of the form.
type criterionRow struct {
	Name, LabelKey, Weight string
	Must                   bool
}

// previewBucket is one range of best scores and how many mentees fall in it.
type previewBucket struct {
	From, To, Mentees int
}

// settingsCriteria shows the programme's criteria with the preview of what they do now.
func (s *server) settingsCriteria(e *core.RequestEvent) error {
	program, ok := managedProgram(e)
	if !ok {
		return s.renderNotFound(e)
	}
	c, err := mentoring.ProgramCriteria(program)
	if err != nil {
		c = matching.DefaultCriteria()
	}
	return s.renderCriteria(e, http.StatusOK, program, criteriaRows(c), &c, nil)
}

func (s *server) renderCriteria(e *core.RequestEvent, status int, program *core.Record, rows []criterionRow, c *matching.Criteria, errs map[string]string) error {
	p := newPage(e, "settings.criteria.title")
	if errs != nil {
		p.Errors = errs
	}
	v := criteriaView{programHeading: headingOf(program, requestLocale(e)), Rows: rows}
	if c != nil {
		preview, err := mentoring.PreviewCriteria(e.App, program.Id, *c)
		if err != nil {
			return err
		}
		v.Preview = &preview
		for i, n := range preview.Best {
			v.Buckets = append(v.Buckets, previewBucket{From: i * 20, To: min(i*20+19, 100), Mentees: n})
		}
		v.Buckets[len(v.Buckets)-1].To = 100
	}
	p.Data = v
	return s.render(e, status, "settings_criteria", p)
}

// criteriaRows are the form's rows for stored criteria.
func criteriaRows(c matching.Criteria) []criterionRow {
	rows := make([]criterionRow, 0, len(mentoring.CriterionNames))
	for _, name := range mentoring.CriterionNames {
		row := criterionRow{Name: name, LabelKey: scoreCriterionKeys[name],
			Weight: strconv.FormatFloat(c.Weights[name], 'f', -1, 64)}
		for _, m := range c.Must {
			row.Must = row.Must || m == name
		}
		rows = append(rows, row)
	}
	return rows
}
