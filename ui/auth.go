package ui

import (
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/hook"
)

const (
	authCookie      = "mb_auth"
	usersCollection = "users"
)

// loadCookieAuth sets e.Auth from the sign-in cookie. It runs just before PocketBase's own
// token loader, which then leaves e.Auth alone; an Authorization header still wins because
// this middleware steps aside when one is present. A state-changing REST API call is only
// authenticated by the cookie when it also carries the CSRF header, so another site cannot
// borrow the cookie to call the API.
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
			record, err := e.App.FindAuthRecordByToken(cookie.Value, core.TokenTypeAuth)
			if err == nil && record.Collection().Name == usersCollection {
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
// reverse proxy that says so; cookies are then marked Secure.
func secureRequest(e *core.RequestEvent) bool {
	return e.IsTLS() || strings.EqualFold(e.Request.Header.Get("X-Forwarded-Proto"), "https")
}

// signIn issues a PocketBase auth token for user and stores it in the sign-in cookie.
func signIn(e *core.RequestEvent, user *core.Record) error {
	token, err := user.NewAuthToken()
	if err != nil {
		return err
	}
	maxAge := int(user.Collection().AuthToken.DurationTime() / time.Second)
	setCookie(e, authCookie, token, maxAge, true)
	e.Auth = user
	return nil
}

// signOut clears the sign-in cookie.
func signOut(e *core.RequestEvent) {
	setCookie(e, authCookie, "", -1, true)
	e.Auth = nil
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
	if e.Auth == nil || e.Auth.Collection().Name != usersCollection {
		return redirect(e, "/login?next="+url.QueryEscape(e.Request.URL.RequestURI()))
	}
	return e.Next()
}
