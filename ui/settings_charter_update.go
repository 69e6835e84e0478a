package ui

import (
	"net/http"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/internal/i18n"
	"github.com/mentorbase/mentorbase/mentoring"
)

// settingsCharterUpdate saves the draft, or publishes it when the Publish button was used.
func (s *server) settingsCharterUpdate(e *core.RequestEvent) error {
	program, ok := managedProgram(e)
	if !ok {
		return s.renderNotFound(e)
	}
	if err := e.Request.ParseForm(); err != nil {
		return e.BadRequestError("", err)
	}
	bodies := map[string]string{}
	for _, lang := range i18n.Locales {
		bodies[lang] = e.Request.PostForm.Get("body_" + lang)
	}
	publish := e.Request.PostForm.Get("publish") != ""
	if _, err := mentoring.SaveCharter(e.App, program, bodies, publish); err != nil {
		return s.answerRefusal(e, err, func(errs map[string]string) error {
			return s.renderCharterSettings(e, http.StatusUnprocessableEntity, program, bodies, errs)
		})
	}
	if publish {
		setFlash(e, "flash.charter_published")
	} else {
		setFlash(e, "flash.settings_saved")
	}
	return redirect(e, settingsPath(program, "charter"))
}
