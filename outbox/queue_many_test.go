package outbox_test

import (
	"errors"
	"testing"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/apptest"
	"github.com/mentorbase/mentorbase/outbox"
)

// EnqueueMany writes the rows a save through Enqueue writes, with the transaction, and wakes
// the worker only once they are committed; an erased account's stand-in gets nothing.
func TestOutboxEnqueueManyIsEnqueueAtOnce(t *testing.T) {
	errRolledBack := errors.New("the import is refused")
	cases := []struct {
		name  string
		txErr error
	}{
		{"import commits: mails queued", nil},
		{"import rolls back: nothing queued", errRolledBack},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			app := apptest.New(t)
			one := inviteMail("one@example.org")
			one.ReplyTo = "contact@duo.example"
			mails := []outbox.Mail{one, inviteMail("two@example.org"), inviteMail("gone@" + outbox.ErasedDomain)}
			mails[1].Locale, mails[1].Subject = "fr", "Rendez-vous proposé"
			err := app.RunInTransaction(func(txApp core.App) error {
				if err := outbox.EnqueueMany(txApp, mails); err != nil {
					return err
				}
				if outbox.WorkerWoken(app) {
					t.Error("the worker was woken before the mails were committed")
				}
				return tc.txErr
			})
			if !errors.Is(err, tc.txErr) {
				t.Fatalf("transaction error = %v, want %v", err, tc.txErr)
			}
			if woken := outbox.WorkerWoken(app); woken != (tc.txErr == nil) {
				t.Errorf("worker woken = %v after the transaction ended with %v", woken, tc.txErr)
			}
			if tc.txErr != nil {
				if n, _ := app.CountRecords("outbox"); n != 0 {
					t.Fatalf("outbox holds %d records after a rollback", n)
				}
				return
			}
			for _, m := range mails[:2] {
				saved := enqueue(t, app, m)
				many, err := app.FindFirstRecordByFilter("outbox", "to = {:to} && id != {:id}", map[string]any{"to": m.To, "id": saved.Id})
				if err != nil {
					t.Fatalf("no row of EnqueueMany to %s: %v", m.To, err)
				}
				saved = reload(t, app, saved)
				for _, f := range saved.Collection().Fields {
					name := f.GetName()
					if name == "id" || name == "created" || name == "updated" || name == "next_attempt_at" {
						if many.GetString(name) == "" {
							t.Errorf("%s: %s is empty", m.To, name)
						}
						continue
					}
					if got, want := many.GetString(name), saved.GetString(name); got != want {
						t.Errorf("%s: %s = %q, Enqueue stores %q", m.To, name, got, want)
					}
				}
			}
			if n, _ := app.CountRecords("outbox"); n != 4 {
				t.Errorf("outbox holds %d records, want 2 of EnqueueMany and 2 of Enqueue", n)
			}
		})
	}
}
