package ui

import (
	"net/http"
	"strings"

	"github.com/pocketbase/pocketbase/core"
)

// accountEdit shows the signed-in person's details, their e-mail verification state and their
// private calendar subscription address.
func (s *server) accountEdit(e *core.RequestEvent) error {
	p := newPage(e, "account.title")
	p.Form = map[string]string{
		"name":   e.Auth.GetString("name"),
		"phone":  e.Auth.GetString("phone"),
		"locale": e.Auth.GetString("locale"),
	}
	return s.renderAccount(e, http.StatusOK, p)
}

// renderAccount renders the account page, also after a failed update.
func (s *server) renderAccount(e *core.RequestEvent, status int, p *page) error {
	p.Data = struct {
		Email       string
		Verified    bool
		CalendarURL string
	}{e.Auth.Email(), e.Auth.Verified(), calendarURL(e.App, e.Auth)}
	return s.render(e, status, "account_edit", p)
}

// calendarURL is the address of the person's private ICS feed.
func calendarURL(app core.App, user *core.Record) string {
	token := user.GetString("calendar_token")
	if token == "" {
		return ""
	}
	return strings.TrimRight(app.Settings().Meta.AppURL, "/") + "/calendar/" + token + ".ics"
}
