package pb_hooks

import (
	"slices"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// privateWrites are the hidden fields each kind of writer may still send through the REST
// API. The schema hides them so that nobody but their readers sees, filters or sorts by them
// (README, Security), and PocketBase then drops them from every non-superuser's request body:
// without this, an applicant could not give consent or other wishes through the API, a
// coordinator could not word a decision, and a person could not set their phone.
var privateWrites = map[string]struct {
	owner       []string // written by the record's own person
	coordinator []string // written by the coordinators of the record's programme
}{
	kernel.CollectionApplications: {owner: []string{"other_wishes", "consent"}, coordinator: []string{"decision_message"}},
	kernel.CollectionUsers:        {owner: []string{"phone"}},
}

// bindPrivateWrites puts back, before the API rules run, the hidden fields a request's
// writer may send; the rules then judge them as they judge every other field.
func bindPrivateWrites(app core.App) {
	for collection := range privateWrites {
		restore := func(e *core.RecordRequestEvent) error {
			restorePrivateFields(e)
			return e.Next()
		}
		app.OnRecordCreateRequest(collection).BindFunc(restore)
		app.OnRecordUpdateRequest(collection).BindFunc(restore)
	}
}

// restorePrivateFields sets on e.Record the hidden fields of the body that e's writer may
// write. Superusers need nothing: PocketBase keeps their fields.
func restorePrivateFields(e *core.RecordRequestEvent) {
	info, err := e.RequestInfo()
	if err != nil || info.HasSuperuserAuth() {
		return
	}
	allowed := privateWrites[e.Collection.Name]
	var fields []string
	switch {
	case e.Collection.Name == kernel.CollectionUsers && (info.Auth == nil && e.Record.IsNew() || info.Auth != nil && info.Auth.Id == e.Record.Id):
		fields = allowed.owner // a person registering, or updating themself
	case info.Auth == nil:
		return
	case e.Record.GetString("user") == info.Auth.Id:
		fields = allowed.owner
	default:
		program, err := e.App.FindRecordById(kernel.CollectionPrograms, e.Record.GetString("program"))
		if err == nil && slices.Contains(program.GetStringSlice("coordinators"), info.Auth.Id) {
			fields = allowed.coordinator
		}
	}
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
