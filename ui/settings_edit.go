package ui

import (
	"net/http"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/mentoring"
)

// settingsEdit shows a programme's settings to its coordinators: texts per language, dates on
// the programme's clock, numbers, languages, areas.
func (s *server) settingsEdit(e *core.RequestEvent) error {
	program, ok := managedProgram(e)
	if !ok {
		return s.renderNotFound(e)
	}
	return s.renderSettings(e, http.StatusOK, program, mentoring.ReadProgramSettings(program), nil)
}

// renderSettings renders the settings form with settings as stored or typed and errs beside
// their fields.
func (s *server) renderSettings(e *core.RequestEvent, status int, program *core.Record, settings mentoring.ProgramSettings, errs map[string]string) error {
	p := newPage(e, "settings.title")
	if errs != nil {
		p.Errors = errs
	}
	view := newSettingsView(program, p.Locale, settings)
	view.MailQueued = !e.App.Settings().SMTP.Enabled
	p.Data = view
	return s.render(e, status, "settings_edit", p)
}
