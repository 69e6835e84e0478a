package ui

import (
	"net/http"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/workspace"
)

// accountErase erases the signed-in person's account once their password confirms it, then
// signs them out to the front page. Wrong passwords count as wrong sign-ins.
func (s *server) accountErase(e *core.RequestEvent) error {
	page := func(status int, errs map[string]string) error {
		p := newPage(e, "privacy.erase.title")
		p.Errors = errs
		return s.render(e, status, "account_erase_confirm", p)
	}
	password := e.Request.FormValue("password")
	wait, err := confirmedByPassword(e, func() error { return workspace.EraseOwnAccount(e.App, e.Auth, password) })
	if wait > 0 {
		return page(http.StatusTooManyRequests, map[string]string{"password": throttledMessage(e, wait)})
	}
	if err != nil {
		return s.answerRefusal(e, err, func(errs map[string]string) error { return page(statusOfForm, errs) })
	}
	setCookie(e, authCookie, "", -1, true)
	rotateCSRFToken(e)
	e.Auth = nil
	setFlash(e, "flash.account_erased")
	return redirect(e, "/")
}
