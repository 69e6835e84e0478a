package ui

import (
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/security"
)

// calendarTokenReset replaces the secret of the calendar feed, so an address that leaked stops
// working; calendars must then subscribe to the new one.
func (s *server) calendarTokenReset(e *core.RequestEvent) error {
	user := e.Auth.Fresh()
	user.Set("calendar_token", security.RandomString(40))
	if err := e.App.Save(user); err != nil {
		return err
	}
	setFlash(e, "flash.calendar_reset")
	return redirect(e, "/account")
}
