package ui

import (
	"net/http"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/internal/i18n"
	"github.com/mentorbase/mentorbase/mentoring"
)

// settingsTagsUpdate saves the tags form; a refusal shows every row again as typed.
func (s *server) settingsTagsUpdate(e *core.RequestEvent) error {
	program, ok := managedProgram(e)
	if !ok {
		return s.renderNotFound(e)
	}
	if err := e.Request.ParseForm(); err != nil {
		return e.BadRequestError("", err)
	}
	rows := readTagsForm(e)
	if err := mentoring.SaveProgramTags(e.App, program, rows); err != nil {
		return s.answerRefusal(e, err, func(errs map[string]string) error {
			errs[""] = translate(e, "settings.error.fix")
			return s.renderTags(e, http.StatusUnprocessableEntity, program, rows, errs)
		})
	}
	setFlash(e, "flash.settings_saved")
	return redirect(e, settingsPath(program, "tags"))
}

// readTagsForm reads the rows as typed: parallel lists of ids, kinds, keys and labels.
func readTagsForm(e *core.RequestEvent) []mentoring.TagRow {
	f := e.Request.PostForm
	var rows []mentoring.TagRow
	for i, id := range f["tag_id"] {
		row := mentoring.TagRow{ID: id, Kind: nthValue(f["tag_kind"], i), Key: nthValue(f["tag_key"], i), Labels: map[string]string{}}
		for _, lang := range i18n.Locales {
			row.Labels[lang] = nthValue(f["tag_"+lang], i)
		}
		row.Remove = id != "" && f.Has("remove_"+id)
		rows = append(rows, row)
	}
	return rows
}

// nthValue is values[i], "" when the list is shorter.
func nthValue(values []string, i int) string {
	if i < len(values) {
		return values[i]
	}
	return ""
}
