package ui

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/workspace"
)

// noteCreate saves a private note.
func (s *server) noteCreate(e *core.RequestEvent) error {
	matchID := e.Request.PathValue("id")
	p := newPage(e, "workspace.section.notes")
	p.Form = formValues(e, "note_body")
	if _, err := workspace.AddNote(e.App, e.Auth.Id, matchID, p.Form["note_body"]); err != nil {
		return s.sectionFailure(e, err, "note_list", p, matchID, map[string]string{"body": "note_body"})
	}
	setFlash(e, "flash.note_saved")
	return redirect(e, "/matches/"+matchID+"#notes")
}
