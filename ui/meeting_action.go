package ui

import (
	"path"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/workspace"
)

// meetingAction runs one change of a meeting for the signed-in member and returns to the
// pair's page with the notice (a catalog key) change returns; the meeting must be one the
// person may see.
func (s *server) meetingAction(e *core.RequestEvent, change func(meeting *core.Record, timezone string) (flash string, err error)) error {
	meeting, pair, err := workspace.Meeting(e.App, e.Auth.Id, e.Request.PathValue("id"))
	if err != nil {
		return s.renderNotFound(e)
	}
	flash, err := change(meeting, pair.Program.GetString("timezone"))
	if err != nil {
		// What was typed, and which meeting and form it was for (the path ends with the
		// action), so that the errors show in that form rather than in the one proposing a
		// new meeting.
		p := newPage(e, "match.title")
		p.Form = formValues(e, "date", "time", "duration", "mode", "location", "video_url", "agenda", "minutes_spent", "shared_notes")
		p.Form["meeting"], p.Form["meeting_action"] = meeting.Id, path.Base(e.Request.URL.Path)
		return s.meetingFailure(e, err, pair.Match.Id, p)
	}
	setFlash(e, flash)
	return redirect(e, "/matches/"+pair.Match.Id+"#meetings")
}
