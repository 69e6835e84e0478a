package ui

import (
	"net/http"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/security"
)

// passwordUpdate sets the new password from a reset link. Saving it changes the user's token
// key, which invalidates the link and every existing session. Like PocketBase's own confirm,
// it also verifies the address the link was sent to.
func (s *server) passwordUpdate(e *core.RequestEvent) error {
	token := e.Request.PathValue("token")
	user, err := e.App.FindAuthRecordByToken(token, core.TokenTypePasswordReset)
	if err != nil {
		return s.renderLinkExpired(e)
	}
	password := e.Request.PostFormValue("password")
	user.SetPassword(password)
	if claims, err := security.ParseUnverifiedJWT(token); err == nil && claims[core.TokenClaimEmail] == user.Email() {
		user.SetVerified(true)
	}
	err = e.App.Validate(user)
	if err == nil && password != e.Request.PostFormValue("password_confirm") {
		err = validation.Errors{"password_confirm": validation.NewError("validation_values_mismatch", "passwords differ")}
	}
	if err == nil {
		err = e.App.Save(user)
	}
	if err != nil {
		p := newPage(e, "reset.title")
		p.Errors = fieldErrors(e, err)
		return s.render(e, http.StatusUnprocessableEntity, "password_edit", p)
	}
	setFlash(e, "flash.password_changed")
	return redirect(e, "/login")
}
