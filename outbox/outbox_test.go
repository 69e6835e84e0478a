package outbox_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/apptest"
	"github.com/mentorbase/mentorbase/outbox"
)

const testInvite = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//mentorbase//test//EN\r\nMETHOD:REQUEST\r\n" +
	"BEGIN:VEVENT\r\nUID:meeting-1@mentorbase.test\r\nDTSTAMP:20260301T090000Z\r\n" +
	"DTSTART:20260310T140000Z\r\nDTEND:20260310T150000Z\r\nSUMMARY:First meeting\r\n" +
	"END:VEVENT\r\nEND:VCALENDAR\r\n"

func inviteMail(to string) outbox.Mail {
	return outbox.Mail{
		To: to, Locale: "en", Kind: "meeting_request", Subject: "Meeting proposed: 10 March",
		HTML: "<p>Your mentor proposed a <b>meeting</b>.</p>", Text: "Your mentor proposed a meeting.",
		ICS: testInvite, ICSMethod: "REQUEST", RelatedCollection: "meetings", RelatedID: "meeting1",
	}
}

func enqueue(t *testing.T, app core.App, m outbox.Mail) *core.Record {
	t.Helper()
	r, err := outbox.Enqueue(app, m)
	if err != nil {
		t.Fatalf("enqueue: %v", err)
	}
	return r
}

func reload(t *testing.T, app core.App, r *core.Record) *core.Record {
	t.Helper()
	fresh, err := app.FindRecordById("outbox", r.Id)
	if err != nil {
		t.Fatal(err)
	}
	return fresh
}

func TestOutboxDeliversMailWithInviteOverSMTP(t *testing.T) {
	addr := freeLocalAddr(t)
	server := startSMTPServer(t, addr)
	app := newSMTPApp(t, addr)
	queued := enqueue(t, app, inviteMail("mentee@example.org"))

	sent, failed, err := outbox.DeliverDue(app)
	if err != nil || sent != 1 || failed != 0 {
		t.Fatalf("DeliverDue = %d sent, %d failed, %v; want 1, 0, nil", sent, failed, err)
	}

	got := server.waitMail(t)
	if got.From != "noreply@mentorbase.test" || len(got.To) != 1 || got.To[0] != "mentee@example.org" {
		t.Errorf("envelope from %q to %v", got.From, got.To)
	}
	header, root := parseMail(t, got.Data)
	if s := header.Get("Subject"); s != "Meeting proposed: 10 March" {
		t.Errorf("Subject = %q", s)
	}
	if to := header.Get("To"); !strings.Contains(to, "mentee@example.org") {
		t.Errorf("To = %q", to)
	}
	if from := header.Get("From"); !strings.Contains(from, "Mentorbase") {
		t.Errorf("From = %q, want the sender name of the settings", from)
	}
	if shape := root.shape(); shape != inviteShape {
		t.Fatalf("structure %s, want %s", shape, inviteShape)
	}
	if p, _ := root.find("text/plain"); !strings.Contains(p.Body, "Your mentor proposed a meeting.") {
		t.Errorf("text part = %+v", p)
	}
	if p, _ := root.find("text/html"); !strings.Contains(p.Body, "<b>meeting</b>") {
		t.Errorf("HTML part = %+v", p)
	}
	if ics, _ := root.find("text/calendar"); ics.Params["method"] != "REQUEST" || ics.Body != testInvite {
		t.Errorf("calendar part = %+v, want the invite with method REQUEST", ics)
	}
	if a, _ := root.find("application/ics"); a.Filename != "invite.ics" || a.Body != testInvite {
		t.Errorf("attachment = %+v, want invite.ics with the invite", a)
	}

	record := reload(t, app, queued)
	if record.GetString("status") != outbox.OutboxSent || record.GetDateTime("sent_at").IsZero() {
		t.Errorf("record status %q sent_at %v, want sent with a time", record.GetString("status"), record.GetDateTime("sent_at"))
	}
	if sent, _, _ := outbox.DeliverDue(app); sent != 0 {
		t.Errorf("a second pass sent %d messages again", sent)
	}
}

func TestOutboxWaitsWhileSMTPServerIsDownThenDelivers(t *testing.T) {
	addr := freeLocalAddr(t) // nothing listens there yet
	app := newSMTPApp(t, addr)
	queued := enqueue(t, app, inviteMail("mentor@example.org"))

	now := time.Now()
	sent, failed, err := outbox.DeliverDueAt(app, now)
	if err != nil || sent != 0 || failed != 1 {
		t.Fatalf("pass with server down = %d sent, %d failed, %v; want 0, 1, nil", sent, failed, err)
	}
	record := reload(t, app, queued)
	next := record.GetDateTime("next_attempt_at").Time()
	if record.GetString("status") != outbox.OutboxPending || record.GetInt("attempts") != 1 ||
		record.GetString("last_error") == "" || !next.After(now) {
		t.Fatalf("after failure: status %q attempts %d last_error %q next_attempt_at %v (now %v)",
			record.GetString("status"), record.GetInt("attempts"), record.GetString("last_error"), next, now)
	}
	if sent, failed, _ := outbox.DeliverDueAt(app, now); sent+failed != 0 {
		t.Errorf("a pass before the back-off ended tried again (%d sent, %d failed)", sent, failed)
	}

	server := startSMTPServer(t, addr)
	if sent, _, err := outbox.DeliverDueAt(app, next); err != nil || sent != 1 {
		t.Fatalf("pass after the back-off with the server up: %d sent, %v", sent, err)
	}
	if got := server.waitMail(t); len(got.To) != 1 || got.To[0] != "mentor@example.org" {
		t.Errorf("delivered to %v", got.To)
	}
	record = reload(t, app, queued)
	if record.GetString("status") != outbox.OutboxSent || record.GetString("last_error") != "" {
		t.Errorf("after delivery: status %q last_error %q", record.GetString("status"), record.GetString("last_error"))
	}
}

func TestOutboxEnqueueFollowsTheTransaction(t *testing.T) {
	errRolledBack := errors.New("the change is refused")
	cases := []struct {
		name    string
		txErr   error
		records int
	}{
		{"change commits: mail queued", nil, 1},
		{"change rolls back: nothing queued", errRolledBack, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			app := apptest.New(t)
			err := app.RunInTransaction(func(txApp core.App) error {
				if _, err := outbox.Enqueue(txApp, inviteMail("someone@example.org")); err != nil {
					return err
				}
				return tc.txErr
			})
			if !errors.Is(err, tc.txErr) {
				t.Fatalf("transaction error = %v, want %v", err, tc.txErr)
			}
			n, err := app.CountRecords("outbox")
			if err != nil || int(n) != tc.records {
				t.Fatalf("outbox holds %d records (%v), want %d", n, err, tc.records)
			}
		})
	}
}

func TestOutboxBacksOffThenGivesUp(t *testing.T) {
	app := newSMTPApp(t, freeLocalAddr(t)) // the server stays down
	queued := enqueue(t, app, inviteMail("mentee@example.org"))
	wantWaits := []time.Duration{
		30 * time.Second, 2 * time.Minute, 10 * time.Minute, time.Hour, 3 * time.Hour,
		6 * time.Hour, 6 * time.Hour, 6 * time.Hour, 6 * time.Hour,
	}
	if len(wantWaits) != outbox.MaxOutboxAttempts-1 {
		t.Fatalf("the table expects %d attempts, the worker makes %d", len(wantWaits)+1, outbox.MaxOutboxAttempts)
	}

	now := reload(t, app, queued).GetDateTime("next_attempt_at").Time()
	for i, want := range wantWaits {
		if _, failed, err := outbox.DeliverDueAt(app, now); err != nil || failed != 1 {
			t.Fatalf("attempt %d: %d failed, %v", i+1, failed, err)
		}
		record := reload(t, app, queued)
		next := record.GetDateTime("next_attempt_at").Time()
		if got := next.Sub(now); got != want || record.GetString("status") != outbox.OutboxPending {
			t.Fatalf("after attempt %d: status %q, waits %v; want pending, %v", i+1, record.GetString("status"), got, want)
		}
		now = next
	}

	if _, failed, _ := outbox.DeliverDueAt(app, now); failed != 1 {
		t.Fatalf("last attempt: %d failed", failed)
	}
	record := reload(t, app, queued)
	if record.GetString("status") != outbox.OutboxFailed || record.GetInt("attempts") != outbox.MaxOutboxAttempts ||
		record.GetString("last_error") == "" {
		t.Fatalf("after the last attempt: status %q attempts %d last_error %q",
			record.GetString("status"), record.GetInt("attempts"), record.GetString("last_error"))
	}
	if sent, failed, _ := outbox.DeliverDueAt(app, now.Add(24*time.Hour)); sent+failed != 0 {
		t.Errorf("a failed message was tried again (%d sent, %d failed)", sent, failed)
	}
}
