package ui

import (
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"

	"github.com/mentorbase/mentorbase/kernel"
)

// The pairs list reads of its pairs' meetings and road-books only the columns it shows: whole
// records (agendas, shared notes, road-book answers) were a third of the page's time at
// 20,000 participants, spent building records nothing read.

// pairMeeting is what the pairs list reads of a confirmed or held meeting.
type pairMeeting struct {
	Match    string         `db:"match"`
	StartsAt types.DateTime `db:"starts_at"`
	Status   string         `db:"status"`
}

// pairMeetings are the confirmed and held meetings of the matches matchIDs.
func pairMeetings(app core.App, matchIDs []any) ([]pairMeeting, error) {
	var meetings []pairMeeting
	err := app.DB().Select("match", "starts_at", "status").From(kernel.CollectionMeetings).
		Where(dbx.In("match", matchIDs...)).
		AndWhere(dbx.In("status", kernel.MeetingConfirmed, kernel.MeetingHeld)).All(&meetings)
	return meetings, err
}

// submittedRoadbooks are those of the matches matchIDs whose road-book was submitted.
func submittedRoadbooks(app core.App, matchIDs []any) ([]string, error) {
	var matches []string
	err := app.DB().Select("match").From(kernel.CollectionRoadbooks).
		Where(dbx.In("match", matchIDs...)).
		AndWhere(dbx.Not(dbx.HashExp{"submitted_at": ""})).Column(&matches)
	return matches, err
}
