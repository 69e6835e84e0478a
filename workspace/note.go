package workspace

import (
	"strings"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// AddNote saves a private note of userID, a member of the match (active or closed: notes
// outlive the relationship). Nobody else ever reads it, coordinators included.
func AddNote(app core.App, userID, matchID, body string) (*core.Record, error) {
	var note *core.Record
	err := app.RunInTransaction(func(txApp core.App) error {
		_, role, err := Open(txApp, userID, matchID)
		if err != nil {
			return err
		}
		if role == RoleCoordinator {
			return kernel.ErrNotFound
		}
		collection, err := txApp.FindCachedCollectionByNameOrId(kernel.CollectionNotes)
		if err != nil {
			return err
		}
		note = core.NewRecord(collection)
		note.Set("match", matchID)
		note.Set("author", userID)
		note.Set("body", strings.TrimSpace(body))
		return txApp.Save(note)
	})
	if err != nil {
		return nil, err
	}
	return note, nil
}

// DeleteNote removes userID's own note; anyone else's note, or a note of another match, is
// kernel.ErrNotFound.
func DeleteNote(app core.App, userID, matchID, noteID string) error {
	return app.RunInTransaction(func(txApp core.App) error {
		note, err := txApp.FindRecordById(kernel.CollectionNotes, noteID)
		if err != nil || userID == "" || note.GetString("author") != userID || note.GetString("match") != matchID {
			return kernel.ErrNotFound
		}
		return txApp.Delete(note)
	})
}

// Notes are userID's own notes about the match, newest first; never anyone else's.
func Notes(app core.App, userID, matchID string) ([]*core.Record, error) {
	if userID == "" {
		return nil, nil
	}
	notes, err := app.FindAllRecords(kernel.CollectionNotes, dbx.HashExp{"match": matchID, "author": userID})
	kernel.SortRecords(notes, "-created")
	return notes, err
}
