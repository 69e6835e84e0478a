package ui

import (
	"strings"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/workspace"
)

// meetingCreate proposes a meeting to the partner; both get the invite by e-mail. The form's
// one-time token makes a second post of it (a double click, a reload) propose nothing more.
func (s *server) meetingCreate(e *core.RequestEvent) error {
	matchID := e.Request.PathValue("id")
	p := newPage(e, "match.title")
	pair, _, err := s.openPair(e, matchID)
	if err != nil {
		return s.renderNotFound(e)
	}
	proposal, form, err := readProposal(e, pair.Program.GetString("timezone"))
	proposal.Token = strings.TrimSpace(e.Request.PostFormValue("form_token"))
	form["form_token"] = proposal.Token
	p.Form = form
	if err == nil {
		_, err = workspace.ProposeMeeting(e.App, e.Auth.Id, matchID, proposal)
	}
	if err != nil {
		return s.meetingFailure(e, err, matchID, p)
	}
	setFlash(e, "flash.meeting_proposed")
	return redirect(e, "/matches/"+matchID+"#meetings")
}
