package ui

import (
	"errors"
	"net/http"
	"time"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/filesystem"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

// messageRow is one message of the pair's thread.
type messageRow struct {
	ID, Author, Body string
	Mine, Unread     bool // Unread: the partner's message the viewer had not seen yet
	Created          time.Time
	Files            []fileLink
}

// fileLink is an attached file: its name and where the portal serves it to the pair.
type fileLink struct{ Name, URL string }

// messageRows is the thread, oldest first, noting which of the partner's messages are new to
// the viewer. Reading leaves them unread: a GET changes nothing (a link preview or another
// site's image tag must not mark a thread read); the member marks them read by posting
// (messageRead) or by replying.
func messageRows(e *core.RequestEvent, pair *kernel.Pair, role string) ([]messageRow, error) {
	messages, err := workspace.Messages(e.App, pair.Match.Id)
	if err != nil {
		return nil, err
	}
	names := map[string]string{pair.Mentor.Id: pair.Mentor.GetString("name"), pair.Mentee.Id: pair.Mentee.GetString("name")}
	rows := make([]messageRow, 0, len(messages))
	for _, m := range messages {
		author := m.GetString("author")
		row := messageRow{ID: m.Id, Author: names[author], Body: m.GetString("body"),
			Mine: author == e.Auth.Id, Created: m.GetDateTime("created").Time()}
		row.Unread = role != workspace.RoleCoordinator && !row.Mine && m.GetDateTime("read_at").IsZero()
		for _, name := range m.GetStringSlice("attachments") {
			row.Files = append(row.Files, fileLink{Name: givenName(m, name), URL: fileURL(m, name)})
		}
		rows = append(rows, row)
	}
	return rows, nil
}

// messageList is the pair's thread on a page of its own.
func (s *server) messageList(e *core.RequestEvent) error {
	return s.renderSection(e, http.StatusOK, "message_list", newPage(e, "workspace.section.messages"), e.Request.PathValue("id"), nil)
}

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
