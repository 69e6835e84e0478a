package main

import (
	"context"
	"time"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/logger"
)

// requestLogFlush is how often the server writes the request log to auxiliary.db itself.
// PocketBase's logger writes its batch when it holds 200 entries, in the request that adds
// the 200th, and every 3 s otherwise: under load that request — holding one of the gate's
// slots — waited for 200 inserts into auxiliary.db, and the requests behind it for that
// slot, which made the 99th percentile of 1 ms pages several times their median
// (README "Performance"). Written every 50 ms, the batch stays under 200 below 4,000
// requests a second, so the writes happen here, outside every request.
const requestLogFlush = 50 * time.Millisecond

// flushRequestLog writes app's pending log entries every requestLogFlush until the app
// terminates.
func flushRequestLog(app core.App) {
	batch, ok := app.Logger().Handler().(*logger.BatchHandler)
	if !ok {
		return
	}
	done := make(chan struct{})
	app.OnTerminate().BindFunc(func(e *core.TerminateEvent) error {
		close(done)
		return e.Next()
	})
	go func() {
		tick := time.NewTicker(requestLogFlush)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
				// PocketBase's write reports its failures itself (and returns none).
				_ = batch.WriteAll(context.Background())
			}
		}
	}()
}
