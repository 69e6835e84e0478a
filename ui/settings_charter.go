package ui

import (
	"net/http"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/internal/i18n"
	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/mentoring"
)

// charterSettingsView is the charter page: the draft being written (or a new version starting
// from the one in force) and every version with its signatures.
type charterSettingsView struct {
	programHeading
	DraftVersion int
	Bodies       map[string]string
	Locales      []string
	Versions     []charterVersionRow
}

// charterVersionRow is one version of the charter and how many people accepted it.
type charterVersionRow struct {
	Version    int
	Published  time.Time
	Acceptance int64
}

// settingsCharter shows the programme's charter versions and the draft to write.
func (s *server) settingsCharter(e *core.RequestEvent) error {
	program, ok := managedProgram(e)
	if !ok {
		return s.renderNotFound(e)
	}
	return s.renderCharterSettings(e, http.StatusOK, program, nil, nil)
}

// renderCharterSettings renders the page with bodies as typed (nil: the draft's, else the
// version in force's, for a new version to start from).
func (s *server) renderCharterSettings(e *core.RequestEvent, status int, program *core.Record, bodies map[string]string, errs map[string]string) error {
	versions, err := mentoring.CharterVersions(e.App, program.Id)
	if err != nil {
		return err
	}
	v := charterSettingsView{programHeading: headingOf(program, requestLocale(e)), Bodies: bodies,
		Locales: i18n.Locales, DraftVersion: 1}
	draft := mentoring.CharterDraft(versions)
	switch {
	case draft != nil:
		v.DraftVersion = draft.GetInt("version")
	case len(versions) > 0:
		v.DraftVersion = versions[0].GetInt("version") + 1
	}
	if v.Bodies == nil {
		v.Bodies = map[string]string{}
		if len(versions) > 0 {
			for _, lang := range i18n.Locales {
				v.Bodies[lang] = versions[0].GetString("body_" + lang)
			}
		}
	}
	for _, c := range versions {
		n, err := e.App.CountRecords(kernel.CollectionCharterAcceptances, dbx.HashExp{"charter": c.Id})
		if err != nil {
			return err
		}
		v.Versions = append(v.Versions, charterVersionRow{Version: c.GetInt("version"),
			Published: inProgramZone(program, c.GetDateTime("published_at").Time()), Acceptance: n})
	}
	p := newPage(e, "settings.charter.title")
	if errs != nil {
		p.Errors = errs
	}
	p.Data = v
	return s.render(e, status, "settings_charter", p)
}
