package pb_hooks

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// bindEndedBy records who closed or cancelled a pair through the REST API, as the portal's
// functions do: the mail hook words the mentor's letter from it and has no request to ask.
// Bound after bindMemberLimits, which refuses a member sending the field. A person's own
// request names them, whatever they sent; superusers (the dashboard) are no user to name and
// may set or fix the field by hand.
func bindEndedBy(app core.App) {
	app.OnRecordUpdateRequest(kernel.CollectionMatches).BindFunc(func(e *core.RecordRequestEvent) error {
		if e.HasSuperuserAuth() || e.Auth == nil {
			return e.Next()
		}
		from, to := e.Record.Original().GetString("status"), e.Record.GetString("status")
		if from != to && (to == kernel.MatchClosed || to == kernel.MatchCancelled) {
			e.Record.Set("ended_by", e.Auth.Id)
			return e.Next()
		}
		if e.Record.GetString("ended_by") != e.Record.Original().GetString("ended_by") {
			return kernel.RefuseField("ended_by", CodeSetByPortal).Validation()
		}
		return e.Next()
	})
}
