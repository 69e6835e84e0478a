package ui

import (
	"net/http"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/mentoring"
)

// settingsCreate starts the programme and opens its settings; a refusal shows the form again
// as typed.
func (s *server) settingsCreate(e *core.RequestEvent) error {
	if !coordinatesAny(e) {
		return s.renderNotFound(e)
	}
	form := formValues(e, "slug", "name", "language", "timezone")
	program, err := mentoring.CreateProgram(e.App, e.Auth.Id, form["slug"], form["name"], form["language"], form["timezone"])
	if err != nil {
		return s.answerRefusal(e, err, func(errs map[string]string) error {
			p := newPage(e, "settings.new.title")
			p.Form, p.Errors = form, errs
			return s.renderSettingsNew(e, http.StatusUnprocessableEntity, p)
		})
	}
	setFlash(e, "flash.program_created")
	return redirect(e, settingsPath(program, ""))
}
