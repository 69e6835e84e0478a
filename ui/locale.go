package ui

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/internal/i18n"
)

const (
	langCookie = "lang"
	localeKey  = "mentorbase.locale" // request store key of the chosen locale
)

// pickLocale chooses the page language: the signed-in user's setting, else the lang cookie a
// visitor set with the switcher, else the browser's Accept-Language, else English.
func pickLocale(e *core.RequestEvent) string {
	if e.Auth != nil && i18n.Supported(e.Auth.GetString("locale")) {
		return e.Auth.GetString("locale")
	}
	if c, err := e.Request.Cookie(langCookie); err == nil && i18n.Supported(c.Value) {
		return c.Value
	}
	if l := i18n.Negotiate(e.Request.Header.Get("Accept-Language")); l != "" {
		return l
	}
	return i18n.Fallback
}

// requestLocale is the language picked for this request.
func requestLocale(e *core.RequestEvent) string {
	if l, ok := e.Get(localeKey).(string); ok {
		return l
	}
	return pickLocale(e)
}

// portalContext prepares every portal request: CSRF cookie and language.
func portalContext(e *core.RequestEvent) error {
	ensureCSRFToken(e)
	e.Set(localeKey, pickLocale(e))
	return e.Next()
}
