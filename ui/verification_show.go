package ui

import (
	"net/http"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/security"

	"github.com/mentorbase/mentorbase/internal/i18n"
)

// verificationShow is where the verification e-mail's link leads: it confirms the address (once; a
// second visit just says it is confirmed) or explains that the link has expired.
func (s *server) verificationShow(e *core.RequestEvent) error {
	token := e.Request.PathValue("token")
	user, err := e.App.FindAuthRecordByToken(token, core.TokenTypeVerification)
	if err != nil {
		return s.renderLinkExpired(e)
	}
	if claims, err := security.ParseUnverifiedJWT(token); err != nil || claims[core.TokenClaimEmail] != user.Email() {
		return s.renderLinkExpired(e)
	}
	if !user.Verified() {
		user.SetVerified(true)
		if err := e.App.Save(user); err != nil {
			return err
		}
	}
	// The link is often opened in another browser than the portal's (a phone's mail app):
	// the page speaks the account's language, as the e-mail did.
	if locale := user.GetString("locale"); i18n.Supported(locale) {
		e.Set(localeKey, locale)
	}
	return s.render(e, http.StatusOK, "verification_show", newPage(e, "verify.title"))
}
