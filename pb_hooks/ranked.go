package pb_hooks

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/mentoring"
)

// bindRanked passes a ranked request to its next mentor when an invitation of it is declined
// or expires, whoever ends it (mentoring.PassRanked), in the save's transaction.
func bindRanked(app core.App) {
	onStatusChange(app, kernel.CollectionMatches, mentoring.PassRanked)
}
