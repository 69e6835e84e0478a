package ui

import (
	"github.com/pocketbase/pocketbase/core"
)

// settingsCriteriaPreview shows the page for the typed criteria without saving them: the
// live preview (htmx picks the preview out of it) and the Preview button without JavaScript.
func (s *server) settingsCriteriaPreview(e *core.RequestEvent) error {
	return s.criteriaSubmit(e, false)
}
