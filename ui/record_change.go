package ui

import "github.com/pocketbase/pocketbase/core"

// onRecordChange calls forget whenever a record of collections is created, changed or
// deleted, from the portal, the REST API or the dashboard: what the portal keeps between
// requests (tags, public renders, pairs orders, reports) is forgotten the same way.
func onRecordChange(app core.App, forget func(app core.App), collections ...string) {
	handler := func(e *core.RecordEvent) error {
		forget(e.App)
		return e.Next()
	}
	app.OnRecordAfterCreateSuccess(collections...).BindFunc(handler)
	app.OnRecordAfterUpdateSuccess(collections...).BindFunc(handler)
	app.OnRecordAfterDeleteSuccess(collections...).BindFunc(handler)
}
