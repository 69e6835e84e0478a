package ui

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/internal/i18n"
)

// localeUpdate is the language switcher: it remembers the choice (in the lang cookie, and in
// users.locale for a signed-in user) and returns to the page the person was on.
func (s *server) localeUpdate(e *core.RequestEvent) error {
	locale := e.Request.PostFormValue("lang")
	if i18n.Supported(locale) {
		setCookie(e, langCookie, locale, 365*24*3600, true)
		if e.Auth != nil && e.Auth.GetString("locale") != locale {
			e.Auth.Set("locale", locale)
			if err := e.App.Save(e.Auth); err != nil {
				return err
			}
		}
	}
	return redirect(e, localPath(e.Request.PostFormValue("next")))
}
