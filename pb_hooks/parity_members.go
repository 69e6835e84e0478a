package pb_hooks

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/mentoring"
	"github.com/mentorbase/mentorbase/workspace"
)

// bindMemberLimits holds members of a pair, through the REST API, to the portal's actions on
// their match (mentoring.CheckMemberMatchChange) and their road-book
// (workspace.CheckMemberRoadbook). The API rules say who reaches a record; these hooks say
// what each may change in it. Superusers (the dashboard) may fix data.
func bindMemberLimits(app core.App) {
	app.OnRecordUpdateRequest(kernel.CollectionMatches).BindFunc(func(e *core.RecordRequestEvent) error {
		if e.HasSuperuserAuth() || e.Auth == nil {
			return e.Next()
		}
		if err := mentoring.CheckMemberMatchChange(e.App, e.Record, e.Auth.Id); err != nil {
			return err
		}
		return e.Next()
	})
	roadbook := func(e *core.RecordRequestEvent) error {
		if e.HasSuperuserAuth() || e.Auth == nil {
			return e.Next()
		}
		if err := workspace.CheckMemberRoadbook(e.App, e.Record, e.Auth.Id); err != nil {
			return err
		}
		return e.Next()
	}
	app.OnRecordCreateRequest(kernel.CollectionRoadbooks).BindFunc(roadbook)
	app.OnRecordUpdateRequest(kernel.CollectionRoadbooks).BindFunc(roadbook)
}
