package ui

import (
	"html/template"
	"net/http"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/internal/markdown"
	"github.com/mentorbase/mentorbase/kernel"
)

// charterShow shows a programme's current charter, with the accept button when the person
// has not accepted this version (a new version is asked for again from /me).
func (s *server) charterShow(e *core.RequestEvent) error {
	program, ok := visibleProgram(e)
	if !ok {
		return s.renderNotFound(e)
	}
	role := e.Request.URL.Query().Get("role")
	if existing := userApplication(e.App, e.Auth.Id, program.Id); existing != nil {
		role = existing.GetString("role")
	}
	return s.charterStep(e, program, role, localPath(e.Request.URL.Query().Get("next")), "")
}

// charterStep renders the programme's current charter in the viewer's language (else the
// programme's first language) and, unless accepted, the form accepting it as role; after
// accepting, the person goes on to next. acceptError is the message beside the checkbox.
func (s *server) charterStep(e *core.RequestEvent, program *core.Record, role, next, acceptError string) error {
	charter, err := kernel.CurrentCharter(e.App, program.Id, time.Now())
	if err != nil {
		return err
	}
	if charter == nil {
		return s.renderNotFound(e)
	}
	accepted, err := kernel.HasAcceptedCharter(e.App, e.Auth.Id, program.Id, time.Now())
	if err != nil {
		return err
	}
	body, err := markdown.Render(charterBody(charter, program, requestLocale(e)))
	if err != nil {
		return err
	}
	if !validRole(role) {
		role = ""
	}
	p := newPage(e, "application.charter.title")
	status := http.StatusOK
	if acceptError != "" {
		p.Errors["accept"], status = acceptError, statusOfForm
	}
	p.Data = struct {
		Program   programCard
		Version   int
		Body      template.HTML
		Accepted  bool
		Role      string
		Next      string
		Published time.Time
	}{newProgramCard(program, requestLocale(e), time.Now()), charter.GetInt("version"), body, accepted, role, next,
		charter.GetDateTime("published_at").Time()}
	return s.render(e, status, "charter_show", p)
}

// charterBody is the charter's text in locale, else in the programme's first language, else
// in English.
func charterBody(charter, program *core.Record, locale string) string {
	candidates := []string{locale}
	if langs := program.GetStringSlice("languages"); len(langs) > 0 {
		candidates = append(candidates, langs[0])
	}
	for _, l := range append(candidates, "en") {
		if body := charter.GetString("body_" + l); body != "" {
			return body
		}
	}
	return ""
}
