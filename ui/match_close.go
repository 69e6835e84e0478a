package ui

import (
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

// endView is the ending section: how the relationship ended, or whether the viewer may end it.
type endView struct {
	Closed   bool
	EndedAt  time.Time
	Reason   string
	CanClose bool // while the match is active: everyone who sees the pair may end it
}

// newEndView is the ending section of the pair for anyone who may see it: either member or a
// coordinator of the programme (openPair), all of whom may end it.
func newEndView(pair *kernel.Pair) endView {
	status := pair.Match.GetString("status")
	return endView{
		Closed: status == kernel.MatchClosed, EndedAt: pair.Match.GetDateTime("ended_at").Time(),
		Reason: pair.Match.GetString("end_reason"), CanClose: status == kernel.MatchActive,
	}
}

// matchClose ends the relationship: both members are e-mailed and asked for the final
// evaluation.
func (s *server) matchClose(e *core.RequestEvent) error {
	matchID := e.Request.PathValue("id")
	p := newPage(e, "ending.title")
	p.Form = formValues(e, "reason")
	if err := workspace.CloseMatch(e.App, e.Auth.Id, matchID, p.Form["reason"]); err != nil {
		return s.sectionFailure(e, err, "match_close_confirm", p, matchID, nil)
	}
	setFlash(e, "flash.match_closed")
	return redirect(e, "/matches/"+matchID+"#end")
}
