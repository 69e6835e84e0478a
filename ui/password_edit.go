package ui

import (
	"net/http"

	"github.com/pocketbase/pocketbase/core"
)

// passwordEdit is where the reset e-mail's link leads: a form for the new password, or a
// translated explanation when the link is expired or already used.
func (s *server) passwordEdit(e *core.RequestEvent) error {
	if _, err := e.App.FindAuthRecordByToken(e.Request.PathValue("token"), core.TokenTypePasswordReset); err != nil {
		return s.renderLinkExpired(e)
	}
	return s.render(e, http.StatusOK, "password_edit", newPage(e, "reset.title"))
}

// renderLinkExpired explains that an e-mailed link no longer works.
func (s *server) renderLinkExpired(e *core.RequestEvent) error {
	p := newPage(e, "error.link_expired.title")
	p.Data = "error.link_expired.body"
	return s.render(e, http.StatusBadRequest, "error_show", p)
}
