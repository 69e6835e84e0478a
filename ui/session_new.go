package ui

import (
	"net/http"

	"github.com/pocketbase/pocketbase/core"
)

// sessionNew shows the sign-in form.
func (s *server) sessionNew(e *core.RequestEvent) error {
	p := newPage(e, "login.title")
	p.Form["next"] = localPath(e.Request.URL.Query().Get("next"))
	p.Data = newSignInOptions(e, p.Form["next"])
	return s.render(e, http.StatusOK, "session_new", p)
}
