package ui

import (
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
		// What was typed, and which meeting it was for, so that the errors show in that
		// meeting's form rather than in the form proposing a new one.
		p := newPage(e, "match.title")
		p.Form = formValues(e, "date", "time", "duration", "mode", "location", "video_url", "agenda")
		p.Form["meeting"] = meeting.Id
		return s.meetingFailure(e, err, pair.Match.Id, p)
	}
	setFlash(e, flash)
	return redirect(e, "/matches/"+pair.Match.Id+"#meetings")
}
