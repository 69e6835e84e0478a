package ui

import (
	"net/http"
	"slices"

	"github.com/pocketbase/pocketbase/core"
)

// sessionCreate signs a person in with e-mail and password, through the users collection's
// password auth and its auth rule, and returns them where they were going.
func (s *server) sessionCreate(e *core.RequestEvent) error {
	form := formValues(e, "email", "next")
	user, ok := checkPassword(e, form["email"], e.Request.PostFormValue("password"))
	if !ok {
		p := newPage(e, "login.title")
		p.Form = form
		p.Errors[""] = translate(e, "login.failed")
		return s.render(e, http.StatusUnauthorized, "session_new", p)
	}
	if err := signIn(e, user); err != nil {
		return err
	}
	next := localPath(form["next"])
	if next == "/" {
		next = "/me"
	}
	return redirect(e, next)
}

// checkPassword finds the user and checks the password the way PocketBase's auth-with-password
// does: password auth must be enabled and the collection's auth rule must accept the user.
func checkPassword(e *core.RequestEvent, email, password string) (*core.Record, bool) {
	users, err := e.App.FindCachedCollectionByNameOrId(usersCollection)
	if err != nil || !users.PasswordAuth.Enabled || !slices.Contains(users.PasswordAuth.IdentityFields, core.FieldNameEmail) ||
		email == "" || password == "" {
		return nil, false
	}
	user, err := e.App.FindAuthRecordByEmail(users, email)
	if err != nil || !user.ValidatePassword(password) {
		return nil, false
	}
	info, err := e.RequestInfo()
	if err != nil {
		return nil, false
	}
	info.Auth = user
	allowed, err := e.App.CanAccessRecord(user, info, users.AuthRule)
	return user, err == nil && allowed
}
