package ui

import (
	"crypto/subtle"
	"errors"
	"net/http"
	"net/url"

	"github.com/pocketbase/pocketbase/core"
	"golang.org/x/oauth2"

	"github.com/mentorbase/mentorbase/kernel"
)

// oauth2Callback finishes a sign-in with an OAuth2 provider: the answer must carry the state
// this browser was given, the code is exchanged (with the PKCE verifier) for the person as
// the provider vouches for them, and kernel.OAuth2Account finds, links or creates their
// account by verified e-mail. The sign-in limits apply as to a password, a new account counts
// against the client's registrations as one made through the form, and the users
// collection's auth rule decides as for a password; then the portal's cookie session starts
// and the person lands where they were going.
func (s *server) oauth2Callback(e *core.RequestEvent) error {
	name := e.Request.PathValue("provider")
	saved := readOAuth2Cookie(e)
	setCookie(e, oauth2Cookie, "", -1, true)
	next, query := localPath(saved.Get("next")), e.Request.URL.Query()
	form := map[string]string{"next": next}
	provider, ok := kernel.OAuth2Provider(e.App, name, oauth2CallbackURL(e.App, name))
	if !ok || saved.Get("provider") != name || saved.Get("state") == "" || query.Get("code") == "" ||
		subtle.ConstantTimeCompare([]byte(saved.Get("state")), []byte(query.Get("state"))) != 1 {
		return s.renderLoginError(e, form, http.StatusBadRequest, translate(e, "oauth2.failed"))
	}
	if wait := limits(e).SignInWait(signInAccount(""), e.RealIP()); wait > 0 {
		return s.renderLoginError(e, form, http.StatusTooManyRequests, translate(e, "login.throttled", "minutes", refuseFor(e, wait)))
	}
	provider.SetContext(e.Request.Context())
	var opts []oauth2.AuthCodeOption
	if provider.PKCE() {
		opts = append(opts, oauth2.VerifierOption(saved.Get("verifier")))
	}
	token, err := provider.FetchToken(query.Get("code"), opts...)
	if err != nil {
		e.App.Logger().Warn("oauth2 token", "provider", name, "error", err)
		return s.renderLoginError(e, form, http.StatusBadGateway, translate(e, "oauth2.failed"))
	}
	person, err := provider.FetchAuthUser(token)
	if err != nil {
		e.App.Logger().Warn("oauth2 user", "provider", name, "error", err)
		return s.renderLoginError(e, form, http.StatusBadGateway, translate(e, "oauth2.failed"))
	}
	if wait := limits(e).SignInWait(signInAccount(person.Email), e.RealIP()); person.Email != "" && wait > 0 {
		return s.renderLoginError(e, form, http.StatusTooManyRequests, translate(e, "login.throttled", "minutes", refuseFor(e, wait)))
	}
	registrations, ip := limits(e).RegisterByClient, e.RealIP()
	wait := registrations.Wait(ip)
	user, created, err := kernel.OAuth2Account(e.App, name, person, requestLocale(e), wait == 0)
	if errors.Is(err, kernel.ErrOAuth2NoNewAccount) {
		return s.renderLoginError(e, form, http.StatusTooManyRequests, translate(e, "register.throttled", "minutes", refuseFor(e, wait)))
	}
	var refused *kernel.Error
	if errors.As(err, &refused) {
		return s.renderLoginError(e, form, http.StatusForbidden, translate(e, refused.Code))
	}
	if err != nil {
		return err
	}
	if created {
		registrations.Add(ip)
	}
	if !passesAuthRule(e, user) {
		return s.renderLoginError(e, form, http.StatusForbidden, translate(e, "oauth2.failed"))
	}
	if err := signIn(e, user); err != nil {
		return err
	}
	if next == "/" {
		next = "/me"
	}
	return redirect(e, next)
}

// readOAuth2Cookie is what oauth2Start left in its cookie; empty when there is none.
func readOAuth2Cookie(e *core.RequestEvent) url.Values {
	c, err := e.Request.Cookie(oauth2Cookie)
	if err != nil {
		return url.Values{}
	}
	saved, _ := url.ParseQuery(c.Value)
	return saved
}
