package main

import (
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/apptest"
)

// The request log reaches auxiliary.db within a moment of the request, written by the
// server's own flush: PocketBase alone writes a batch only at 200 entries or every 3 s, the
// 200th in a request.
func TestTheRequestLogIsWrittenOutsideTheRequests(t *testing.T) {
	app := apptest.New(t)
	app.Settings().Logs.MaxDays = 5 // PocketBase's default; the test kit keeps no logs
	flushRequestLog(app)
	app.Logger().Info("a request", "type", "request")
	deadline := time.Now().Add(time.Second)
	for {
		var logs []*core.Log
		if err := app.AuxModelQuery(&core.Log{}).All(&logs); err != nil {
			t.Fatal(err)
		}
		if len(logs) > 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatal("the log entry was not written within a second")
		}
		time.Sleep(20 * time.Millisecond)
	}
}
