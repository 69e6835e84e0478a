package ui

import (
	"net/http"

	"github.com/pocketbase/pocketbase/core"
)

// evaluationList is the pair's evaluations section on a page of its own.
func (s *server) evaluationList(e *core.RequestEvent) error {
	return s.renderSection(e, http.StatusOK, "evaluation_list", newPage(e, "workspace.section.evaluations"), e.Request.PathValue("id"), nil)
}
