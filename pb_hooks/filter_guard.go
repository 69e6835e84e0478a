package pb_hooks

import (
	"strings"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/search"
	"github.com/pocketbase/pocketbase/tools/subscriptions"

	"github.com/mentorbase/mentorbase/kernel"
)

// bindFilterGuard refuses, to everyone but superusers, the list filters and sorts and the
// realtime filters that kernel.SearchRefusal refuses: those comparing every row a record links
// to many of. The portal's own searches (FindRecordsByFilter) are no requests and are not
// concerned.
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
		// PocketBase's own client reads the topics, so the options checked are the ones it applies
		parsed := subscriptions.NewDefaultClient()
		parsed.Subscribe(e.Subscriptions...)
		for topic, options := range parsed.Subscriptions() {
			name, _, _ := strings.Cut(topic, "?")
			name, _, _ = strings.Cut(name, "/")
			collection, err := e.App.FindCachedCollectionByNameOrId(name)
			if err != nil {
				continue // a custom topic, which no record filter applies to
			}
			if refusal := kernel.SearchRefusal(e.App, collection, options.Query[search.FilterQueryParam], ""); refusal != "" {
				return e.BadRequestError(refusal, nil)
			}
		}
		return e.Next()
	})
}
