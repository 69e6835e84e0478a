package ui

import (
	"errors"
	"net/http"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/filesystem"

	"github.com/mentorbase/mentorbase/workspace"
)

// messageFields renames the messages record's fields to the message form's.
var messageFields = map[string]string{"body": "message_body", "attachments": "message_files"}

// messageCreate posts a message with its files (a multipart form) to the thread. Replying
// marks the partner's messages read: the author has seen what they answer.
func (s *server) messageCreate(e *core.RequestEvent) error {
	matchID := e.Request.PathValue("id")
	p := newPage(e, "workspace.section.messages")
	p.Form = formValues(e, "message_body")
	files, err := e.FindUploadedFiles("message_files")
	if err != nil && !errors.Is(err, http.ErrMissingFile) && !errors.Is(err, http.ErrNotMultipart) {
		return err
	}
	if _, err := workspace.PostMessage(e.App, e.Auth.Id, matchID, p.Form["message_body"], nonEmpty(files)); err != nil {
		return s.sectionFailure(e, err, "message_list", p, matchID, messageFields)
	}
	if _, err := workspace.MarkRead(e.App, e.Auth.Id, matchID); err != nil {
		return err
	}
	setFlash(e, "flash.message_sent")
	return redirect(e, "/matches/"+matchID+"#messages")
}

// nonEmpty drops the empty part a browser sends for a file input left blank.
func nonEmpty(files []*filesystem.File) []*filesystem.File {
	var out []*filesystem.File
	for _, f := range files {
		if f.Size > 0 {
			out = append(out, f)
		}
	}
	return out
}
