package ui

import (
	"crypto/subtle"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/security"
)

const (
	csrfCookie = "mb_csrf"
	csrfField  = "csrf"
	csrfHeader = "X-CSRF-Token"
	csrfKey    = "mentorbase.csrf" // request store key of the current token
)

// ensureCSRFToken gives every browser a random token in a cookie (double-submit pattern): pages
// put it in a hidden field and htmx sends it as a header, and a POST must echo it back.
func ensureCSRFToken(e *core.RequestEvent) {
	if c, err := e.Request.Cookie(csrfCookie); err == nil && len(c.Value) == 43 {
		e.Set(csrfKey, c.Value)
		return
	}
	rotateCSRFToken(e)
}

// rotateCSRFToken gives the browser a new token. Sign-in and sign-out call it, so a token
// someone learnt or planted before (on a shared computer, from a sibling subdomain that can
// set cookies for this one) is worthless to the next session.
func rotateCSRFToken(e *core.RequestEvent) {
	token := security.RandomString(43)
	setCookie(e, csrfCookie, token, 0, true)
	e.Set(csrfKey, token)
}

// csrfToken is the token the page must send back with its forms.
func csrfToken(e *core.RequestEvent) string {
	token, _ := e.Get(csrfKey).(string)
	return token
}

// validCSRF reports whether the request echoes the cookie's token in the header (htmx) or the
// form's hidden field (plain browsers); either one matching is enough.
func validCSRF(e *core.RequestEvent) bool {
	return sameToken(e, e.Request.Header.Get(csrfHeader)) || sameToken(e, e.Request.PostFormValue(csrfField))
}

// validCSRFHeader is validCSRF for REST API calls, whose bodies are JSON and must stay unread.
func validCSRFHeader(e *core.RequestEvent) bool {
	return sameToken(e, e.Request.Header.Get(csrfHeader))
}

func sameToken(e *core.RequestEvent, sent string) bool {
	c, err := e.Request.Cookie(csrfCookie)
	if err != nil || c.Value == "" || sent == "" {
		return false
	}
	return subtle.ConstantTimeCompare([]byte(c.Value), []byte(sent)) == 1
}

// requireCSRF refuses a state-changing portal request without the token, with a translated 403.
func (s *server) requireCSRF(e *core.RequestEvent) error {
	if isSafeMethod(e.Request.Method) || validCSRF(e) {
		return e.Next()
	}
	return s.renderForbidden(e, "error.csrf.body")
}
