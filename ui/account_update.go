package ui

import (
	"net/http"

	"github.com/pocketbase/pocketbase/core"
)

// accountUpdate saves name, phone and language; invalid input re-renders the page with the
// messages beside the fields and what was typed.
func (s *server) accountUpdate(e *core.RequestEvent) error {
	form := formValues(e, "name", "phone", "locale")
	user := e.Auth.Fresh()
	user.Set("name", form["name"])
	user.Set("phone", form["phone"])
	user.Set("locale", form["locale"])
	err := e.App.Validate(user)
	if err == nil && form["name"] == "" {
		err = requiredError("name")
	}
	if err == nil {
		err = e.App.Save(user)
	}
	if err != nil {
		p := newPage(e, "account.title")
		p.Form = form
		p.Errors = fieldErrors(e, err)
		return s.renderAccount(e, http.StatusUnprocessableEntity, p)
	}
	e.Auth = user
	setFlash(e, "flash.account_saved")
	return redirect(e, "/account")
}
