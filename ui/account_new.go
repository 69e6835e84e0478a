package ui

import (
	"net/http"

	"github.com/pocketbase/pocketbase/core"
)

// accountNew shows the registration form, in the language the page is shown in by default.
// A "next" local path (the page that asked the visitor to sign in) is kept through the form,
// so registering leads back there.
func (s *server) accountNew(e *core.RequestEvent) error {
	next := e.Request.URL.Query().Get("next")
	if e.Auth != nil {
		return redirect(e, registerNext(next))
	}
	p := newPage(e, "register.title")
	p.Form["locale"] = p.Locale
	p.Form["next"] = localPath(next)
	p.Data = newSignInOptions(e, p.Form["next"])
	return s.render(e, http.StatusOK, "account_new", p)
}

// registerNext is where a new account leads: the local path next names, validated as sign-in
// validates it, or the account page.
func registerNext(next string) string {
	if next = localPath(next); next == "/" {
		return "/account"
	}
	return next
}
