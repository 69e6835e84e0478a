package outbox_test

import (
	"io"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/outbox"
)

// plainMail is a message without an invite, the kind most mail is.
func plainMail(to string) outbox.Mail {
	return outbox.Mail{
		To: to, Locale: "en", Kind: "match_published", Subject: "You have a mentor",
		HTML: "<p>Meet your mentor.</p>", Text: "Meet your mentor.",
	}
}

// startSilentServer accepts connections on addr and never says a word, like a server whose
// SMTP process hangs behind a listening socket.
func startSilentServer(t *testing.T, addr string) {
	t.Helper()
	l, err := net.Listen("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var conns []net.Conn
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			mu.Lock()
			conns = append(conns, c)
			mu.Unlock()
			go io.Copy(io.Discard, c)
		}
	}()
	t.Cleanup(func() {
		l.Close()
		mu.Lock()
		defer mu.Unlock()
		for _, c := range conns {
			c.Close()
		}
	})
}

// deliverWithin runs one delivery pass and fails the test if it has not returned in limit.
func deliverWithin(t *testing.T, app core.App, limit time.Duration) (sent, failed int) {
	t.Helper()
	type result struct {
		sent, failed int
		err          error
	}
	done := make(chan result, 1)
	go func() {
		sent, failed, err := outbox.DeliverDue(app)
		done <- result{sent, failed, err}
	}()
	select {
	case r := <-done:
		if r.err != nil {
			t.Fatalf("DeliverDue: %v", r.err)
		}
		return r.sent, r.failed
	case <-time.After(limit):
		t.Fatalf("the delivery pass was still running after %v", limit)
		return 0, 0
	}
}

// checkTimedOut fails unless r's attempt failed, was recorded with its error and is to be
// retried later.
func checkTimedOut(t *testing.T, app core.App, r *core.Record) {
	t.Helper()
	got := reload(t, app, r)
	if got.GetString("status") != outbox.OutboxPending || got.GetInt("attempts") != 1 ||
		!strings.Contains(got.GetString("last_error"), "timeout") ||
		!got.GetDateTime("next_attempt_at").Time().After(time.Now()) {
		t.Errorf("stuck mail to %s: status %q attempts %d last_error %q next_attempt_at %v; want pending, 1, a timeout, later",
			got.GetString("to"), got.GetString("status"), got.GetInt("attempts"), got.GetString("last_error"),
			got.GetDateTime("next_attempt_at"))
	}
}

func TestOutboxGivesUpOnAServerThatNeverAnswers(t *testing.T) {
	outbox.SetSMTPTimeouts(t, 200*time.Millisecond, time.Second)
	addr := freeLocalAddr(t)
	startSilentServer(t, addr)
	app := newSMTPApp(t, addr)
	plain := enqueue(t, app, plainMail("mentee@example.org"))
	invite := enqueue(t, app, inviteMail("mentor@example.org"))

	if sent, failed := deliverWithin(t, app, 5*time.Second); sent != 0 || failed != 2 {
		t.Fatalf("pass against a silent server: %d sent, %d failed; want 0, 2", sent, failed)
	}
	checkTimedOut(t, app, plain)
	checkTimedOut(t, app, invite)
}

func TestOutboxStuckMessageDoesNotHoldBackTheNext(t *testing.T) {
	outbox.SetSMTPTimeouts(t, 200*time.Millisecond, time.Second)
	addr := freeLocalAddr(t)
	server := startStallingSMTPServer(t, addr, "stuck@example.org")
	app := newSMTPApp(t, addr)
	stuck := enqueue(t, app, plainMail("stuck@example.org"))
	next := enqueue(t, app, plainMail("next@example.org"))

	if sent, failed := deliverWithin(t, app, 5*time.Second); sent != 1 || failed != 1 {
		t.Fatalf("pass with one message stalling after DATA: %d sent, %d failed; want 1, 1", sent, failed)
	}
	checkTimedOut(t, app, stuck)
	if got := server.waitMail(t); got.To[0] != "next@example.org" {
		t.Errorf("the server accepted mail to %v, want next@example.org", got.To)
	}
	if status := reload(t, app, next).GetString("status"); status != outbox.OutboxSent {
		t.Errorf("the message after the stuck one is %q, want sent", status)
	}
}
