package ui

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/workspace"
)

// noteDelete removes one of the viewer's notes.
func (s *server) noteDelete(e *core.RequestEvent) error {
	matchID := e.Request.PathValue("id")
	if err := workspace.DeleteNote(e.App, e.Auth.Id, matchID, e.Request.PathValue("note")); err != nil {
		return s.sectionFailure(e, err, "note_list", newPage(e, "workspace.section.notes"), matchID, nil)
	}
	setFlash(e, "flash.note_deleted")
	return redirect(e, "/matches/"+matchID+"#notes")
}
