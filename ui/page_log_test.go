package ui_test

import (
	"context"
	"net/http"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/logger"
)

// A page that answers well leaves no row in PocketBase's request log, as the files
// PocketBase serves itself; a page not found, a form sent and the REST API are logged as
// before.
func TestThePortalsPageViewsStayOutOfTheRequestLog(t *testing.T) {
	app, people := seedWorld(t)
	app.Settings().Logs.MaxDays = 5 // PocketBase's default; the test kit keeps no logs
	handler := newHandler(t, app)
	ada := cookies(t, people["ada"])
	requests := []struct {
		method, url string
		status      int
		logged      bool
	}{
		{http.MethodGet, "/", 200, false},
		{http.MethodGet, "/me", 200, false},
		{http.MethodGet, "/guide/how-it-works", 200, false},
		{http.MethodGet, "/programs/no-such-programme", 404, true},
		{http.MethodPost, "/lang", 303, true},
		{http.MethodGet, "/api/health", 200, true},
	}
	for _, r := range requests {
		headers := map[string]string{"Cookie": ada}
		var res int
		if r.method == http.MethodPost {
			res = do(handler, r.method, r.url, form(true, "lang", "fr", "next", "/"), formHeaders(ada)).Code
		} else {
			res = do(handler, r.method, r.url, nil, headers).Code
		}
		if res != r.status {
			t.Fatalf("%s %s: status %d, want %d", r.method, r.url, res, r.status)
		}
	}
	logged := requestLog(t, app, 3)
	for _, r := range requests {
		if logged[r.method+" "+r.url] != r.logged {
			t.Errorf("%s %s: in the request log %v, want %v (the log: %v)", r.method, r.url, !r.logged, r.logged, logged)
		}
	}
}

// requestLog is the request log's messages once it holds at least want of them (within a
// second), and a moment more for any that should not be there.
func requestLog(t *testing.T, app core.App, want int) map[string]bool {
	t.Helper()
	batch := app.Logger().Handler().(*logger.BatchHandler)
	deadline := time.Now().Add(time.Second)
	for {
		time.Sleep(50 * time.Millisecond) // PocketBase writes its request log from a goroutine of its own
		_ = batch.WriteAll(context.Background())
		var logs []*core.Log
		if err := app.AuxModelQuery(&core.Log{}).All(&logs); err != nil {
			t.Fatal(err)
		}
		if len(logs) >= want || time.Now().After(deadline) {
			messages := map[string]bool{}
			for _, l := range logs {
				messages[l.Message] = true
			}
			return messages
		}
	}
}
