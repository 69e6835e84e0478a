package pb_hooks

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/mentoring"
)

// bindDirectoryCache forgets a programme's kept directory (mentoring.ForgetDirectory) when
// one of its mentor applications is created, changed or deleted, the directories listing a
// person under another name when they are renamed, every kept directory when a person is
// deleted, and the kept seats in use (mentoring.ForgetSeats) when a match changes: from the
// portal, the REST API or the dashboard alike, once the change is committed, so the next
// directory page shows it. (An application's role and programme never
// change, so the saved record says which directory it was in.)
func bindDirectoryCache(app core.App) {
	applications := func(e *core.RecordEvent) error {
		if e.Record.GetString("role") == kernel.RoleMentor {
			mentoring.ForgetDirectory(e.App, e.Record.GetString("program"))
		}
		return e.Next()
	}
	app.OnRecordAfterCreateSuccess(kernel.CollectionApplications).BindFunc(applications)
	app.OnRecordAfterUpdateSuccess(kernel.CollectionApplications).BindFunc(applications)
	app.OnRecordAfterDeleteSuccess(kernel.CollectionApplications).BindFunc(applications)
	app.OnRecordAfterUpdateSuccess(kernel.CollectionUsers).BindFunc(func(e *core.RecordEvent) error {
		mentoring.ForgetRenamed(e.App, e.Record.Id, e.Record.GetString("name"))
		return e.Next()
	})
	app.OnRecordAfterDeleteSuccess(kernel.CollectionUsers).BindFunc(func(e *core.RecordEvent) error {
		mentoring.ForgetDirectories(e.App)
		return e.Next()
	})
	matches := func(e *core.RecordEvent) error {
		mentoring.ForgetSeats(e.App)
		return e.Next()
	}
	app.OnRecordAfterCreateSuccess(kernel.CollectionMatches).BindFunc(matches)
	app.OnRecordAfterUpdateSuccess(kernel.CollectionMatches).BindFunc(matches)
	app.OnRecordAfterDeleteSuccess(kernel.CollectionMatches).BindFunc(matches)
}
