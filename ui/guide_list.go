package ui

import (
	"net/http"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/content"
)

// guideList lists the guidance pages in the reader's language.
func (s *server) guideList(e *core.RequestEvent) error {
	p := newPage(e, "guide.title")
	p.Data = content.List(p.Locale)
	return s.render(e, http.StatusOK, "guide_list", p)
}
