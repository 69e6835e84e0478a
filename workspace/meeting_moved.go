package workspace

import (
	"slices"
	"time"

	"github.com/pocketbase/pocketbase/core"
)

// MaxMeetingLength bounds a meeting's duration and the minutes a held meeting took: longer
// ones are typing mistakes.
const MaxMeetingLength = 8 * time.Hour

// meetingPlaceFields are the fields whose change moves a meeting: calendars must replace the
// event (a higher SEQUENCE) and the partner must agree to it again.
var meetingPlaceFields = []string{"starts_at", "ends_at", "mode", "location", "video_url"}

// MeetingMoved reports whether meeting's time or place differs from the one it was loaded
// with: such a change needs the partner's agreement again.
func MeetingMoved(meeting *core.Record) bool {
	old := meeting.Original()
	return slices.ContainsFunc(meetingPlaceFields, func(f string) bool {
		return meeting.GetString(f) != old.GetString(f)
	})
}
