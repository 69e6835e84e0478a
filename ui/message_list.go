package ui

import (
	"net/http"
	"time"

	"github.com/pocketbase/pocketbase/core"

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
