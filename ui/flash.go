package ui

import (
	"github.com/pocketbase/pocketbase/core"
)

const flashCookie = "mb_flash"

// setFlash leaves a notice (a translation key) for the page the browser is redirected to.
func setFlash(e *core.RequestEvent, key string) {
	setCookie(e, flashCookie, key, 60, true)
}

// takeFlash returns the pending notice, translated, and clears it so it shows once. Only keys
// under "flash." are accepted, so a forged cookie cannot print arbitrary catalog strings.
func takeFlash(e *core.RequestEvent) string {
	c, err := e.Request.Cookie(flashCookie)
	if err != nil || c.Value == "" {
		return ""
	}
	setCookie(e, flashCookie, "", -1, true)
	if len(c.Value) < 6 || c.Value[:6] != "flash." {
		return ""
	}
	return translate(e, c.Value)
}
