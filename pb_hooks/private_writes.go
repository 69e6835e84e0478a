package pb_hooks

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// bindPrivateWrites puts back, before the API rules run, the hidden fields a request's
// writer may send (kernel.WritablePrivateFields); the rules then judge them as they judge
// every other field. Superusers need nothing: PocketBase keeps their fields.
func bindPrivateWrites(app core.App) {
	for _, collection := range kernel.PrivateWriteCollections() {
		restore := func(e *core.RecordRequestEvent) error {
			restorePrivateFields(e)
			return e.Next()
		}
		app.OnRecordCreateRequest(collection).BindFunc(restore)
		app.OnRecordUpdateRequest(collection).BindFunc(restore)
	}
}

// restorePrivateFields sets on e.Record the hidden fields of the body that e's writer may
// write.
func restorePrivateFields(e *core.RecordRequestEvent) {
	info, err := e.RequestInfo()
	if err != nil || info.HasSuperuserAuth() {
		return
	}
	writer := ""
	if info.Auth != nil {
		writer = info.Auth.Id
	}
	fields := kernel.WritablePrivateFields(e.App, e.Record, writer)
	if len(fields) == 0 {
		return
	}
	// PocketBase has deleted the hidden fields from info.Body by now; the request's body can
	// be read again
	body := map[string]any{}
	if err := e.BindBody(&body); err != nil {
		return
	}
	for _, field := range fields {
		if value, sent := body[field]; sent {
			e.Record.Set(field, value)
		}
	}
}
