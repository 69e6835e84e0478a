package ui

import "github.com/pocketbase/pocketbase/core"

// sessionDelete signs out: the cookie goes, the person lands on the front page.
func (s *server) sessionDelete(e *core.RequestEvent) error {
	signOut(e)
	setFlash(e, "flash.signed_out")
	return redirect(e, "/")
}
