package ui

import (
	"html/template"
	"net/http"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/internal/i18n"
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
	text, bodyLang := charterBody(charter, program, requestLocale(e))
	body, err := markdown.Render(text)
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
		BodyLang  string // of Body, marked when it is not the page's (own_words.go)
		Accepted  bool
		Role      string
		Next      string
		Published time.Time
	}{newProgramCard(program, requestLocale(e), time.Now()), charter.GetInt("version"), body, bodyLang, accepted, role, next,
		charter.GetDateTime("published_at").Time()}
	return s.render(e, status, "charter_show", p)
}

// charterBody is the charter's text for a reader of locale and the language it is in: theirs
// when written, else the programme's (kernel.TextIn), else English. The reader's own comes
// first even when the programme does not run in it, because coordinators write the charter
// in every portal language (settings_charter.go), and charters keep no untranslated body.
func charterBody(charter, program *core.Record, locale string) (body, lang string) {
	if body := charter.GetString("body_" + locale); body != "" {
		return body, locale
	}
	if body, lang := kernel.TextIn(charter, program, "body", locale); body != "" {
		return body, lang
	}
	return charter.GetString("body_" + i18n.Fallback), i18n.Fallback
}
