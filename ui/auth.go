package ui

import (
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/hook"

	"github.com/mentorbase/mentorbase/kernel"
)

const authCookie = "mb_auth"

// loadCookieAuth sets e.Auth from the sign-in cookie. It runs just before PocketBase's own
// token loader, which then leaves e.Auth alone; an Authorization header still wins because
// this middleware steps aside when one is present. A state-changing REST API call is only
// authenticated by the cookie when it also carries the CSRF header, so another site cannot
// borrow the cookie to call the API. A cookie verified before is answered from the auth
// cache (auth_cache.go) until the person or their collection changes.
func loadCookieAuth() *hook.Handler[*core.RequestEvent] {
	return &hook.Handler[*core.RequestEvent]{
		Id:       "mentorbaseCookieAuth",
		Priority: apis.DefaultLoadAuthTokenMiddlewarePriority - 1,
		Func: func(e *core.RequestEvent) error {
			if e.Auth != nil || e.Request.Header.Get("Authorization") != "" {
				return e.Next()
			}
			cookie, err := e.Request.Cookie(authCookie)
			if err != nil || cookie.Value == "" {
				return e.Next()
			}
			if isAPI(e) && !isSafeMethod(e.Request.Method) && !validCSRFHeader(e) {
				return e.Next()
			}
			record, err := findSignedIn(e.App, cookie.Value)
			if err == nil && record.Collection().Name == kernel.CollectionUsers {
				e.Auth = record
			}
			return e.Next()
		},
	}
}

func isAPI(e *core.RequestEvent) bool {
	return strings.HasPrefix(e.Request.URL.Path, "/api/")
}

func isSafeMethod(method string) bool {
	return method == http.MethodGet || method == http.MethodHead || method == http.MethodOptions
}

// secureRequest reports whether the browser reached us over TLS, directly or through a
// reverse proxy that says so; cookies are then marked Secure. X-Forwarded-Proto is believed
// only from the proxy the dashboard's trusted-proxy setting declares (as PocketBase believes
// its client address), not from any client that sends it.
func secureRequest(e *core.RequestEvent) bool {
	return e.IsTLS() || behindTrustedProxy(e) && strings.EqualFold(e.Request.Header.Get("X-Forwarded-Proto"), "https")
}

// behindTrustedProxy reports whether the request carries one of the headers the trusted-proxy
// setting names, that is, came through the proxy that sets them.
func behindTrustedProxy(e *core.RequestEvent) bool {
	return slices.ContainsFunc(e.App.Settings().TrustedProxy.Headers, func(h string) bool {
		return e.Request.Header.Get(h) != ""
	})
}

// signIn issues a PocketBase auth token for user and stores it in the sign-in cookie, with a
// fresh CSRF token.
func signIn(e *core.RequestEvent, user *core.Record) error {
	token, err := user.NewAuthToken()
	if err != nil {
		return err
	}
	maxAge := int(user.Collection().AuthToken.DurationTime() / time.Second)
	setCookie(e, authCookie, token, maxAge, true)
	rotateCSRFToken(e)
	e.Auth = user
	return nil
}

// signOut clears the sign-in cookie and revokes the person's tokens. Tokens are signed with
// the user's token key, so a new key makes every token issued before worthless: a copied
// cookie, the other browsers' sessions and REST API tokens alike ("sign out everywhere").
// A list of revoked tokens would spare the other sessions, but it would have to outlive
// restarts and be consulted on every request, for little gain to a person signing out.
func signOut(e *core.RequestEvent) error {
	if e.Auth != nil && e.Auth.Collection().Name == kernel.CollectionUsers {
		e.Auth.RefreshTokenKey()
		if err := e.App.Save(e.Auth); err != nil {
			return err
		}
	}
	setCookie(e, authCookie, "", -1, true)
	rotateCSRFToken(e)
	e.Auth = nil
	return nil
}

// setCookie writes a portal cookie: SameSite=Lax, Secure under TLS, HttpOnly unless the page's
// script must read it. maxAge 0 makes a session cookie, a negative one deletes it.
func setCookie(e *core.RequestEvent, name, value string, maxAge int, httpOnly bool) {
	e.SetCookie(&http.Cookie{
		Name:     name,
		Value:    value,
		Path:     "/",
		MaxAge:   maxAge,
		HttpOnly: httpOnly,
		Secure:   secureRequest(e),
		SameSite: http.SameSiteLaxMode,
	})
}

// requireUser sends visitors to the sign-in page, coming back here afterwards.
func requireUser(e *core.RequestEvent) error {
	if e.Auth == nil || e.Auth.Collection().Name != kernel.CollectionUsers {
		return redirect(e, "/login?next="+url.QueryEscape(e.Request.URL.RequestURI()))
	}
	return e.Next()
}
