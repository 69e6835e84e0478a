package ui

import (
	"errors"
	"net/http"
	"strings"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/filesystem"

	"github.com/mentorbase/mentorbase/workspace"
)

// roadbookUpdate saves the mentee's road-book as a draft, with its optional PDF, and submits
// it to the mentor when the "submit" button was pressed.
func (s *server) roadbookUpdate(e *core.RequestEvent) error {
	matchID := e.Request.PathValue("id")
	p := newPage(e, "match.title")
	p.Form = formValues(e, roadbookFields...)
	text := workspace.RoadbookText{
		ProfessionalProject: p.Form["professional_project"], PathAndMotivation: p.Form["path_and_motivation"],
		Strategy: p.Form["strategy"], ActionPlan: p.Form["action_plan"],
	}
	attachment, err := uploadedFile(e, "attachment")
	if err != nil {
		return s.workspaceFailure(e, err, matchID, p)
	}
	if _, err := workspace.SaveRoadbook(e.App, e.Auth.Id, matchID, text, attachment); err != nil {
		return s.workspaceFailure(e, err, matchID, p)
	}
	flash := "flash.roadbook_saved"
	if e.Request.PostFormValue("submit") != "" {
		if err := workspace.SubmitRoadbook(e.App, e.Auth.Id, matchID); err != nil {
			return s.workspaceFailure(e, err, matchID, p)
		}
		flash = "flash.roadbook_submitted"
	}
	setFlash(e, flash)
	return redirect(e, "/matches/"+matchID+"#roadbook")
}

// uploadedFile is the file sent in a multipart form field, or nil when none was chosen.
func uploadedFile(e *core.RequestEvent, field string) (*filesystem.File, error) {
	if !strings.HasPrefix(e.Request.Header.Get("Content-Type"), "multipart/form-data") {
		return nil, nil
	}
	files, err := e.FindUploadedFiles(field)
	if errors.Is(err, http.ErrMissingFile) || (err == nil && len(files) == 0) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return files[0], nil
}
