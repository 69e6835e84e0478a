package ui

import "github.com/pocketbase/pocketbase/core"

// sessionDelete signs out: the session ends here and wherever the person's token was copied
// to, the cookie goes, the person lands on the front page.
func (s *server) sessionDelete(e *core.RequestEvent) error {
	if err := signOut(e); err != nil {
		return err
	}
	setFlash(e, "flash.signed_out")
	return redirect(e, "/")
}
