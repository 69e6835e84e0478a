package ui

import (
	"net/http"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// homeShow is the public front page: what mentoring here is and the published programmes.
func (s *server) homeShow(e *core.RequestEvent) error {
	programs, err := e.App.FindRecordsByFilter(kernel.CollectionPrograms, "published = true", "-applications_open_at,name", 100, 0)
	if err != nil {
		return err
	}
	now := time.Now()
	cards := make([]programCard, 0, len(programs))
	for _, p := range programs {
		cards = append(cards, newProgramCard(p, requestLocale(e), now))
	}
	p := newPage(e, "home.title")
	p.Data = cards
	return s.render(e, http.StatusOK, "home_show", p)
}
