package outbox_test

import (
	"testing"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"

	"github.com/mentorbase/mentorbase/apptest"
	"github.com/mentorbase/mentorbase/outbox"
)

// Mail sent more than 30 days ago loses its bodies and invite, keeping its recipient, kind,
// subject and dates, and so does mail given up on that was queued as long ago (on a server
// without SMTP every message fails); mail sent or queued since, and mail still pending, keeps
// everything. Nothing is queued to an erased account's stand-in.
func TestSentMailForgetsItsBodies(t *testing.T) {
	app := apptest.New(t)
	now := time.Now()
	sent := func(to string, at time.Time, status string) *core.Record {
		r := enqueue(t, app, inviteMail(to))
		r.Set("status", status)
		if status == outbox.OutboxSent {
			r.Set("sent_at", at)
		}
		if err := app.Save(r); err != nil {
			t.Fatal(err)
		}
		return r
	}
	old := sent("old@example.org", now.AddDate(0, 0, -31), outbox.OutboxSent)
	recent := sent("recent@example.org", now.AddDate(0, 0, -29), outbox.OutboxSent)
	failed := sent("failed@example.org", time.Time{}, outbox.OutboxFailed)
	oldFailed := sent("oldfailed@example.org", time.Time{}, outbox.OutboxFailed)
	oldPending := sent("oldpending@example.org", time.Time{}, outbox.OutboxPending)
	for _, r := range []*core.Record{oldFailed, oldPending} {
		if _, err := app.DB().NewQuery("UPDATE outbox SET created = {:at} WHERE id = {:id}").
			Bind(dbx.Params{"at": now.AddDate(0, 0, -31).UTC().Format(types.DefaultDateLayout), "id": r.Id}).Execute(); err != nil {
			t.Fatal(err)
		}
	}
	if n, err := outbox.ForgetOldBodies(app, now.AddDate(0, 0, -30)); err != nil || n != 2 {
		t.Fatalf("emptied %d (%v), want 2", n, err)
	}
	for _, c := range []struct {
		r     *core.Record
		empty bool
	}{{old, true}, {recent, false}, {failed, false}, {oldFailed, true}, {oldPending, false}} {
		r, err := app.FindRecordById("outbox", c.r.Id)
		if err != nil {
			t.Fatal(err)
		}
		bodies := r.GetString("html") + r.GetString("text") + r.GetString("ics")
		if (bodies == "") != c.empty || r.GetString("to") == "" || r.GetString("subject") == "" {
			t.Errorf("%s: bodies %q, to %q, subject %q", c.r.GetString("to"), bodies, r.GetString("to"), r.GetString("subject"))
		}
	}
	if r, err := outbox.Enqueue(app, inviteMail("former-abc@"+outbox.ErasedDomain)); r != nil || err != nil {
		t.Errorf("mail to a stand-in was queued: %v %v", r, err)
	}
}
