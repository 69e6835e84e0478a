package ui

import (
	"net/http"
	"slices"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// sessionCreate signs a person in with e-mail and password, through the users collection's
// password auth and its auth rule, and returns them where they were going. After too many
// failures for the address or from the client, counted with the REST API's sign-ins, the
// password is not even checked.
func (s *server) sessionCreate(e *core.RequestEvent) error {
	form := formValues(e, "email", "next")
	l, account, ip := limits(e), signInAccount(form["email"]), e.RealIP()
	if wait := l.SignInWait(account, ip); wait > 0 {
		minutes := refuseFor(e, wait)
		return s.renderLoginError(e, form, http.StatusTooManyRequests, translate(e, "login.throttled", "minutes", minutes))
	}
	user, ok := checkPassword(e, form["email"], e.Request.PostFormValue("password"))
	if !ok {
		l.SignInFailed(account, ip)
		return s.renderLoginError(e, form, http.StatusUnauthorized, translate(e, "login.failed"))
	}
	l.SignInSucceeded(account)
	if err := signIn(e, user); err != nil {
		return err
	}
	next := localPath(form["next"])
	if next == "/" {
		next = "/me"
	}
	return redirect(e, next)
}

// renderLoginError shows the sign-in form again with what was typed, except the password.
func (s *server) renderLoginError(e *core.RequestEvent, form map[string]string, status int, message string) error {
	p := newPage(e, "login.title")
	p.Form = form
	p.Errors[""] = message
	p.Data = newSignInOptions(e, form["next"])
	return s.render(e, status, "session_new", p)
}

// checkPassword finds the user and checks the password the way PocketBase's auth-with-password
// does: password auth must be enabled and the collection's auth rule must accept the user. An
// unknown address costs a password hash all the same, so the time of the answer does not tell
// who has an account.
func checkPassword(e *core.RequestEvent, email, password string) (*core.Record, bool) {
	users, err := e.App.FindCachedCollectionByNameOrId(kernel.CollectionUsers)
	if err != nil || !users.PasswordAuth.Enabled || !slices.Contains(users.PasswordAuth.IdentityFields, core.FieldNameEmail) ||
		email == "" || password == "" {
		return nil, false
	}
	user, err := e.App.FindAuthRecordByEmail(users, email)
	if err != nil {
		dummyPasswordCheck(e.App, users)
		return nil, false
	}
	if !user.ValidatePassword(password) {
		return nil, false
	}
	return user, passesAuthRule(e, user)
}

// passesAuthRule reports whether the users collection's auth rule (set by an admin in the
// dashboard, e.g. to keep out unverified or suspended accounts) lets user sign in, whatever
// the way in: password or OAuth2.
func passesAuthRule(e *core.RequestEvent, user *core.Record) bool {
	info, err := e.RequestInfo()
	if err != nil {
		return false
	}
	info.Auth = user
	allowed, err := e.App.CanAccessRecord(user, info, user.Collection().AuthRule)
	return err == nil && allowed
}

// dummyPasswordCheck compares a password with some user's hash, which takes as long as the
// check of a real sign-in (PocketBase's REST sign-in does the same).
func dummyPasswordCheck(app core.App, users *core.Collection) {
	someone := &core.Record{}
	if err := app.RecordQuery(users).Limit(1).One(someone); err == nil {
		someone.ValidatePassword("")
	}
}
