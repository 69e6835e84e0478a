package pb_hooks

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/mentoring"
)

// bindEndedBy records who closed or cancelled a pair through the REST API
// (mentoring.RecordEndedBy): the mail hook words the mentor's letter from it and has no
// request to ask. Bound after bindMemberLimits, which refuses a member sending the field. A
// person's own request names them, whatever they sent; superusers (the dashboard) are no user
// to name and may set or fix the field by hand.
func bindEndedBy(app core.App) {
	app.OnRecordUpdateRequest(kernel.CollectionMatches).BindFunc(func(e *core.RecordRequestEvent) error {
		if e.HasSuperuserAuth() || e.Auth == nil {
			return e.Next()
		}
		if err := mentoring.RecordEndedBy(e.Record, e.Auth.Id); err != nil {
			return err
		}
		return e.Next()
	})
}
