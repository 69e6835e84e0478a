package ui

import (
	"net/http"

	"github.com/pocketbase/pocketbase/core"
)

// matchCloseConfirm asks for the reason before the relationship is ended.
func (s *server) matchCloseConfirm(e *core.RequestEvent) error {
	return s.renderSection(e, http.StatusOK, "match_close_confirm", newPage(e, "ending.title"), e.Request.PathValue("id"), nil)
}
