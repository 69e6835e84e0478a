package ui

import (
	"net/http"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/internal/i18n"
)

// settingsNew is the form starting a new programme. Whoever coordinates a programme may start
// another (the first coordinator is named by an admin in the dashboard); anyone else gets 404.
func (s *server) settingsNew(e *core.RequestEvent) error {
	if !coordinatesAny(e) {
		return s.renderNotFound(e)
	}
	p := newPage(e, "settings.new.title")
	p.Form = map[string]string{"language": requestLocale(e), "timezone": "Europe/Paris"}
	return s.renderSettingsNew(e, http.StatusOK, p)
}

func (s *server) renderSettingsNew(e *core.RequestEvent, status int, p *page) error {
	p.Data = struct {
		Locales []string
		Zones   []string
	}{i18n.Locales, settingsZones}
	return s.render(e, status, "settings_new", p)
}
