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
	Slug, Name string
	Rows       []criterionRow
	Preview    *mentoring.CriteriaPreview // nil while the typed weights cannot be read
	Buckets    []previewBucket
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
	program, ok := settingsProgram(e)
	if !ok {
		return s.renderNotFound(e)
	}
	c, err := mentoring.ProgramCriteria(program)
	if err != nil {
		c = matching.DefaultCriteria()
	}
	return s.renderCriteria(e, http.StatusOK, program, criteriaRows(c), &c, nil)
}

// settingsCriteriaPreview shows the page for the typed criteria without saving them: the
// live preview (htmx picks the preview out of it) and the Preview button without JavaScript.
func (s *server) settingsCriteriaPreview(e *core.RequestEvent) error {
	return s.criteriaSubmit(e, false)
}

// settingsCriteriaUpdate saves the typed criteria.
func (s *server) settingsCriteriaUpdate(e *core.RequestEvent) error {
	return s.criteriaSubmit(e, true)
}

func (s *server) criteriaSubmit(e *core.RequestEvent, save bool) error {
	program, ok := settingsProgram(e)
	if !ok {
		return s.renderNotFound(e)
	}
	if err := e.Request.ParseForm(); err != nil {
		return e.BadRequestError("", err)
	}
	rows, weights := readCriteriaForm(e)
	c, err := mentoring.ReadCriteria(weights, e.Request.PostForm["must"])
	if err == nil && save {
		err = mentoring.SaveProgramCriteria(e.App, program, c)
		if err == nil {
			setFlash(e, "flash.settings_saved")
			return redirect(e, settingsPath(program, "criteria"))
		}
	}
	if err != nil {
		return s.answerRefusal(e, err, func(errs map[string]string) error {
			return s.renderCriteria(e, http.StatusUnprocessableEntity, program, rows, nil, errs)
		})
	}
	return s.renderCriteria(e, http.StatusOK, program, rows, &c, nil)
}

func (s *server) renderCriteria(e *core.RequestEvent, status int, program *core.Record, rows []criterionRow, c *matching.Criteria, errs map[string]string) error {
	p := newPage(e, "settings.criteria.title")
	if errs != nil {
		p.Errors = errs
	}
	v := criteriaView{Slug: program.GetString("slug"), Name: program.GetString("name"), Rows: rows}
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

// readCriteriaForm is the criteria form as typed, and its weights by criterion.
func readCriteriaForm(e *core.RequestEvent) ([]criterionRow, map[string]string) {
	f := e.Request.PostForm
	weights := map[string]string{}
	rows := make([]criterionRow, 0, len(mentoring.CriterionNames))
	for _, name := range mentoring.CriterionNames {
		weights[name] = f.Get("weight_" + name)
		row := criterionRow{Name: name, LabelKey: scoreCriterionKeys[name], Weight: weights[name]}
		for _, m := range f["must"] {
			row.Must = row.Must || m == name
		}
		rows = append(rows, row)
	}
	return rows, weights
}
