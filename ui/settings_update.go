package ui

import (
	"net/http"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/mentoring"
)

// settingsUpdate saves a programme's settings; a refusal shows the form again with every
// message beside its field and everything as typed.
func (s *server) settingsUpdate(e *core.RequestEvent) error {
	program, ok := managedProgram(e)
	if !ok {
		return s.renderNotFound(e)
	}
	if err := e.Request.ParseForm(); err != nil {
		return e.BadRequestError("", err)
	}
	settings := readSettingsForm(e)
	err := mentoring.SaveProgramSettings(e.App, program, settings)
	if err != nil {
		return s.answerRefusal(e, err, func(errs map[string]string) error {
			errs[""] = translate(e, "settings.error.fix")
			return s.renderSettings(e, http.StatusUnprocessableEntity, program, settings, errs)
		})
	}
	setFlash(e, "flash.settings_saved")
	return redirect(e, settingsPath(program, ""))
}
