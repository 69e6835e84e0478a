package ui

import (
	"net/http"
	"time"

	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/hook"
)

// slowPage is how long a page may take, after its wait at the gate, before the request log
// keeps its view.
const slowPage = 500 * time.Millisecond

// pageLog keeps the portal's page views that went well out of PocketBase's request log, as
// PocketBase does for the files it serves itself (apis.Static): a page that answers 4xx or
// 5xx is logged as PocketBase would, one slower than slowPage as a warning, and forms sent,
// the REST API and the dashboard as before. Every view cost a row in auxiliary.db: at 20,000
// participants under load the log grew by 200,000 rows a minute (1.2 GB in 20 minutes), and
// writing it took more of the server's time with every minute — the home page went from 0.1
// to 0.3 ms of CPU a request, the guide from 0.2 to 0.7, within half a minute (README
// "Performance"). Who read which page, kept five days, was also more than anyone needs.
func pageLog() *hook.Handler[*core.RequestEvent] {
	return &hook.Handler[*core.RequestEvent]{
		Func: func(e *core.RequestEvent) error {
			if e.Request.Method != http.MethodGet && e.Request.Method != http.MethodHead {
				return e.Next()
			}
			started := time.Now()
			err := apis.SkipSuccessActivityLog().Func(e) // PocketBase still logs an error returned
			took, status := time.Since(started), e.Status()
			if err != nil || (status < 400 && took <= slowPage) {
				return err
			}
			log := e.App.Logger().Info
			if took > slowPage {
				log = e.App.Logger().Warn
			}
			log(e.Request.Method+" "+e.Request.URL.Path, "type", "request", "url", e.Request.URL.RequestURI(),
				"method", e.Request.Method, "status", status, "execTime", float64(took)/float64(time.Millisecond))
			return nil
		},
	}
}
