package ui

import (
	"net/http"

	"github.com/pocketbase/pocketbase/core"
)

// accountEraseConfirm says what erasing the account deletes and keeps, and asks for the
// password.
func (s *server) accountEraseConfirm(e *core.RequestEvent) error {
	return s.render(e, http.StatusOK, "account_erase_confirm", newPage(e, "privacy.erase.title"))
}
