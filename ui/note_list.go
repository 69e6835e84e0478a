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
