package pb_hooks

import (
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/search"

	"github.com/mentorbase/mentorbase/kernel"
)

// bindFilterGuard refuses, to everyone but superusers, the list filters and sorts that
// kernel.SearchRefusal refuses and the realtime filters that kernel.SubscriptionRefusal
// refuses: those comparing every row a record links to many of. The portal's own searches
// (FindRecordsByFilter) are no requests and are not concerned.
func bindFilterGuard(app core.App) {
	app.OnRecordsListRequest().BindFunc(func(e *core.RecordsListRequestEvent) error {
		info, err := e.RequestInfo()
		if err != nil {
			return err
		}
		if info.HasSuperuserAuth() {
			return e.Next()
		}
		// the query has run by now; refusing withholds its answer, which is what would leak
		if refusal := kernel.SearchRefusal(e.App, e.Collection, info.Query[search.FilterQueryParam], info.Query[search.SortQueryParam]); refusal != "" {
			return e.BadRequestError(refusal, nil)
		}
		return e.Next()
	})
	app.OnRealtimeSubscribeRequest().BindFunc(func(e *core.RealtimeSubscribeRequestEvent) error {
		if e.HasSuperuserAuth() {
			return e.Next()
		}
		if refusal := kernel.SubscriptionRefusal(e.App, e.Subscriptions); refusal != "" {
			return e.BadRequestError(refusal, nil)
		}
		return e.Next()
	})
}
