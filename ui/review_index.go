package ui

import (
	"net/http"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// reviewIndex lists the programmes the person coordinates, with their consoles; someone who
// coordinates nothing gets 404 like every other coordinator address.
func (s *server) reviewIndex(e *core.RequestEvent) error {
	programs, err := e.App.FindRecordsByFilter(kernel.CollectionPrograms, coordinatedFilter, "name", 0, 0, dbx.Params{"u": e.Auth.Id})
	if err != nil {
		return err
	}
	rememberCoordinator(e, len(programs) > 0)
	if len(programs) == 0 {
		return s.renderNotFound(e)
	}
	cards := make([]programCard, 0, len(programs))
	for _, p := range programs {
		cards = append(cards, newProgramCard(p, requestLocale(e), time.Now()))
	}
	p := newPage(e, "review.index_title")
	p.Data = struct {
		Programs   []programCard
		MailQueued bool // no SMTP server set: mail waits in the outbox
	}{cards, !e.App.Settings().SMTP.Enabled}
	return s.render(e, http.StatusOK, "review_index", p)
}
