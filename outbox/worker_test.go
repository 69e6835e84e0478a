package outbox_test

import (
	"net/http"
	"sort"
	"sync"
	"testing"

	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/apptest"
	"github.com/mentorbase/mentorbase/outbox"
)

// serve triggers OnServe the way `mentorbase serve` does, with an HTTP server, which starts
// the worker; nothing listens.
func serve(t *testing.T, app *tests.TestApp) {
	t.Helper()
	router, err := apis.NewRouter(app)
	if err != nil {
		t.Fatal(err)
	}
	e := &core.ServeEvent{App: app, Router: router, Server: &http.Server{}}
	if err := app.OnServe().Trigger(e, func(*core.ServeEvent) error { return nil }); err != nil {
		t.Fatalf("serve: %v", err)
	}
}

// terminate triggers OnTerminate, which stops the worker once its current message is recorded,
// and leaves the database open for assertions.
func terminate(t *testing.T, app *tests.TestApp) {
	t.Helper()
	if err := app.OnTerminate().Trigger(&core.TerminateEvent{App: app}, func(*core.TerminateEvent) error { return nil }); err != nil {
		t.Fatalf("terminate: %v", err)
	}
}

func TestOutboxWorkerSendsMailLeftBeforeARestartAndNewMail(t *testing.T) {
	addr := freeLocalAddr(t)
	server := startSMTPServer(t, addr)

	before := apptest.New(t)
	leftover := enqueue(t, before, inviteMail("leftover@example.org"))
	if err := before.ResetBootstrapState(); err != nil { // the process stops before sending
		t.Fatal(err)
	}

	after, err := tests.NewTestApp(before.DataDir()) // a new process on the same database
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(after.Cleanup)
	outbox.Bind(after)
	routeMailOverSMTP(t, after, addr)

	serve(t, after)
	if got := server.waitMail(t); got.To[0] != "leftover@example.org" {
		t.Fatalf("first mail after restart went to %v", got.To)
	}
	fresh := enqueue(t, after, inviteMail("fresh@example.org"))
	if got := server.waitMail(t); got.To[0] != "fresh@example.org" {
		t.Fatalf("mail queued while serving went to %v", got.To)
	}
	terminate(t, after)

	for _, r := range []*core.Record{leftover, fresh} {
		if status := reload(t, after, r).GetString("status"); status != outbox.OutboxSent {
			t.Errorf("mail to %s is %q, want sent", r.GetString("to"), status)
		}
	}
}

func TestOutboxConcurrentPassesSendEachMessageOnce(t *testing.T) {
	addr := freeLocalAddr(t)
	server := startSMTPServer(t, addr)
	app := newSMTPApp(t, addr)
	want := []string{"a@example.org", "b@example.org", "c@example.org", "d@example.org", "e@example.org", "f@example.org"}
	for _, to := range want {
		enqueue(t, app, inviteMail(to))
	}

	var wg sync.WaitGroup
	var mu sync.Mutex
	totalSent := 0
	for range 3 {
		wg.Go(func() {
			sent, _, err := outbox.DeliverDue(app)
			if err != nil {
				t.Error(err)
			}
			mu.Lock()
			totalSent += sent
			mu.Unlock()
		})
	}
	wg.Wait()

	// Every send has returned, so every accepted message is already in the channel.
	var got []string
	for len(server.received) > 0 {
		got = append(got, (<-server.received).To...)
	}
	sort.Strings(got)
	if totalSent != len(want) || len(got) != len(want) {
		t.Fatalf("passes report %d sent, server received %v; want each of %v once", totalSent, got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("server received %v, want each of %v once", got, want)
		}
	}
}
