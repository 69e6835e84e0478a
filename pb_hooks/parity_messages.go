package pb_hooks

import (
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/workspace"
)

// bindMessageParity keeps a message its author's: the recipient, through the REST API, only
// marks it read (workspace.CheckRecipientChange), and the names of its files, whoever saves
// it, name the message's own files (workspace.CheckAttachmentNames).
func bindMessageParity(app core.App) {
	app.OnRecordUpdateRequest(kernel.CollectionMessages).BindFunc(func(e *core.RecordRequestEvent) error {
		if e.HasSuperuserAuth() || e.Auth == nil {
			return e.Next()
		}
		if err := workspace.CheckRecipientChange(e.Record, e.Auth.Id); err != nil {
			return err
		}
		return e.Next()
	})
	check := func(e *core.RecordEvent) error {
		if err := workspace.CheckAttachmentNames(e.Record); err != nil {
			return err
		}
		return e.Next()
	}
	app.OnRecordCreate(kernel.CollectionMessages).BindFunc(check)
	app.OnRecordUpdate(kernel.CollectionMessages).BindFunc(check)
}
