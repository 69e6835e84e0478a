package ui

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/workspace"
)

// accountErase erases the signed-in person's account once their password confirms it, then
// signs them out to the front page.
func (s *server) accountErase(e *core.RequestEvent) error {
	password := e.Request.FormValue("password")
	if err := workspace.EraseOwnAccount(e.App, e.Auth, password); err != nil {
		return s.answerRefusal(e, err, func(errs map[string]string) error {
			p := newPage(e, "privacy.erase.title")
			p.Errors = errs
			return s.render(e, statusOfForm, "account_erase_confirm", p)
		})
	}
	setCookie(e, authCookie, "", -1, true)
	rotateCSRFToken(e)
	e.Auth = nil
	setFlash(e, "flash.account_erased")
	return redirect(e, "/")
}
