package ui

import (
	"net/http"

	"github.com/pocketbase/pocketbase/core"
)

// passwordForgot asks for the e-mail address to send a reset link to.
func (s *server) passwordForgot(e *core.RequestEvent) error {
	p := newPage(e, "forgot.title")
	return s.render(e, http.StatusOK, "password_forgot", p)
}
