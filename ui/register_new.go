package ui

import (
	"net/http"

	"github.com/pocketbase/pocketbase/core"
)

// registerNew shows the registration form, in the language the page is shown in by default.
func (s *server) registerNew(e *core.RequestEvent) error {
	if e.Auth != nil {
		return redirect(e, "/account")
	}
	p := newPage(e, "register.title")
	p.Form["locale"] = p.Locale
	return s.render(e, http.StatusOK, "register_new", p)
}
