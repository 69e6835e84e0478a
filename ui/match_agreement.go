package ui

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/workspace"
)

// agreementPoints are the checkboxes of the mentoring agreement; each must be ticked.
var agreementPoints = []string{"frequency", "modes", "confidentiality"}

// matchAgreement records that the signed-in member accepts the pair's agreement: how often
// and how they meet, and that what they share stays between them.
func (s *server) matchAgreement(e *core.RequestEvent) error {
	matchID := e.Request.PathValue("id")
	p := newPage(e, "match.title")
	for _, point := range agreementPoints {
		if e.Request.PostFormValue(point) == "" {
			return s.workspaceFailure(e, requiredError("agreement_"+point), matchID, p)
		}
	}
	if err := workspace.Agree(e.App, e.Auth.Id, matchID); err != nil {
		return s.workspaceFailure(e, err, matchID, p)
	}
	setFlash(e, "flash.agreement_recorded")
	return redirect(e, "/matches/"+matchID)
}
