package pb_hooks

import (
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/search"

	"github.com/mentorbase/mentorbase/kernel"
)

// bindEmailPrivacy keeps e-mail addresses out of the filters and sorts of everyone but
// superusers. PocketBase cannot hide the e-mail field: it lets anybody filter the addresses
// of people who ticked emailVisibility, and sort by any address at all. Who reads an address
// is kernel.ContactVisible's decision, so the flag stays off, and the sorts kernel.SortsByEmail
// finds are refused.
func bindEmailPrivacy(app core.App) {
	keepEmailPrivate := func(e *core.RecordEvent) error {
		e.Record.SetEmailVisibility(false)
		return e.Next()
	}
	// model hooks, so that the portal, the REST API and the dashboard all go through them
	app.OnRecordCreate(kernel.CollectionUsers).BindFunc(keepEmailPrivate)
	app.OnRecordUpdate(kernel.CollectionUsers).BindFunc(keepEmailPrivate)
	app.OnRecordsListRequest().BindFunc(func(e *core.RecordsListRequestEvent) error {
		info, err := e.RequestInfo()
		if err != nil {
			return err
		}
		if !info.HasSuperuserAuth() && kernel.SortsByEmail(info.Query[search.SortQueryParam]) {
			return e.BadRequestError("Only superusers can sort by e-mail.", nil)
		}
		return e.Next()
	})
}
