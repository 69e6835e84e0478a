package ui

import (
	"net/http"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/workspace"
)

// noteRow is one of the viewer's private notes.
type noteRow struct {
	ID, Body string
	Created  time.Time
}

// noteRows are the viewer's own notes about the match, newest first; never anyone else's.
func noteRows(app core.App, userID, matchID string) ([]noteRow, error) {
	notes, err := workspace.Notes(app, userID, matchID)
	if err != nil {
		return nil, err
	}
	rows := make([]noteRow, 0, len(notes))
	for _, n := range notes {
		rows = append(rows, noteRow{ID: n.Id, Body: n.GetString("body"), Created: n.GetDateTime("created").Time()})
	}
	return rows, nil
}

// noteList is the viewer's private notes on a page of their own.
func (s *server) noteList(e *core.RequestEvent) error {
	return s.renderSection(e, http.StatusOK, "note_list", newPage(e, "workspace.section.notes"), e.Request.PathValue("id"), nil)
}

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

// noteDelete removes one of the viewer's notes.
func (s *server) noteDelete(e *core.RequestEvent) error {
	matchID := e.Request.PathValue("id")
	if err := workspace.DeleteNote(e.App, e.Auth.Id, matchID, e.Request.PathValue("note")); err != nil {
		return s.sectionFailure(e, err, "note_list", newPage(e, "workspace.section.notes"), matchID, nil)
	}
	setFlash(e, "flash.note_deleted")
	return redirect(e, "/matches/"+matchID+"#notes")
}
