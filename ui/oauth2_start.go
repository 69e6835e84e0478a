package ui

import (
	"net/http"
	"net/url"
	"strings"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/security"
	"golang.org/x/oauth2"

	"github.com/mentorbase/mentorbase/kernel"
)

// oauth2Cookie holds, for ten minutes, the provider, state, PKCE verifier and return path of
// a sign-in under way with an OAuth2 provider.
const oauth2Cookie = "mb_oauth2"

// oauth2Start sends the person to the provider's sign-in page. It is a link, not a form: the
// portal's policy allows forms to post only to itself, redirects included. The state that
// proves the answer comes back to this browser, and where it was going, wait in a cookie.
func (s *server) oauth2Start(e *core.RequestEvent) error {
	name := e.Request.PathValue("provider")
	provider, ok := kernel.OAuth2Provider(e.App, name, oauth2CallbackURL(e.App, name))
	if !ok {
		return s.renderNotFound(e)
	}
	next := localPath(e.Request.URL.Query().Get("next"))
	if wait := limits(e).SignInWait(signInAccount(""), e.RealIP()); wait > 0 {
		return s.renderLoginError(e, map[string]string{"next": next}, http.StatusTooManyRequests,
			translate(e, "login.throttled", "minutes", refuseFor(e, wait)))
	}
	state, verifier := security.RandomString(32), security.RandomString(64)
	saved := url.Values{"provider": {name}, "state": {state}, "verifier": {verifier}, "next": {next}}
	setCookie(e, oauth2Cookie, saved.Encode(), 600, true)
	var opts []oauth2.AuthCodeOption
	if provider.PKCE() {
		opts = append(opts, oauth2.S256ChallengeOption(verifier))
	}
	return e.Redirect(http.StatusSeeOther, provider.BuildAuthURL(state, opts...))
}

// oauth2CallbackURL is where provider name sends the person back; the provider's settings
// must allow it as a redirect URI.
func oauth2CallbackURL(app core.App, name string) string {
	return strings.TrimRight(app.Settings().Meta.AppURL, "/") + "/oauth2/" + url.PathEscape(name) + "/callback"
}
