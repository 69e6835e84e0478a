package ui

import (
	"net/http"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/mentoring"
)

// settingsCriteriaUpdate saves the typed criteria.
func (s *server) settingsCriteriaUpdate(e *core.RequestEvent) error {
	return s.criteriaSubmit(e, true)
}

func (s *server) criteriaSubmit(e *core.RequestEvent, save bool) error {
	program, ok := managedProgram(e)
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
