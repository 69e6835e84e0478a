package outbox

import (
	"context"
	"fmt"
	"io"
	"net/mail"
	"strings"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/mailer"
	"github.com/pocketbase/pocketbase/tools/types"
)

// maxOutboxAttempts is how many delivery attempts a message gets before it is marked failed.
const maxOutboxAttempts = 10

// outboxBackoff is the wait after the n-th attempt (index n-1); the last value repeats. Ten
// attempts span about a day, long enough to ride out an SMTP outage noticed the next morning.
var outboxBackoff = []time.Duration{
	30 * time.Second, 2 * time.Minute, 10 * time.Minute, time.Hour, 3 * time.Hour, 6 * time.Hour,
}

// outboxBatch bounds how many records one query loads, so a large backlog is not held in memory.
const outboxBatch = 50

// lastErrorMax matches the outbox.last_error field's limit.
const lastErrorMax = 2000

// backoffAfter returns how long to wait after the given attempt (1-based) before the next one.
func backoffAfter(attempt int) time.Duration {
	i := min(max(attempt, 1), len(outboxBackoff)) - 1
	return outboxBackoff[i]
}

// DeliverDue makes one pass over the outbox: every pending message whose next_attempt_at has
// come is sent over the SMTP server of the dashboard's settings (or sendmail without one). It
// returns how many were sent and how many attempts failed; a failed message is retried later
// with back-off and marked failed after maxOutboxAttempts. Safe to run concurrently with another
// pass.
//
// Delivery is at least once. Each attempt is claimed (counted, next retry time set) before it
// is sent, so a pass that dies mid-send leaves the message pending and it goes again after its
// back-off; if the server had already taken it, that one message arrives twice. A server that
// stalls costs one attempt of one message, after the deadlines of smtpStepTimeout and
// smtpMessageTimeout: the same retry rule applies, and the pass goes on with the next message.
func DeliverDue(app core.App) (sent, failed int, err error) {
	return deliverDue(context.Background(), app, time.Now())
}

// deliverDue is DeliverDue at a given time; it stops between messages when ctx is cancelled.
func deliverDue(ctx context.Context, app core.App, now time.Time) (sent, failed int, err error) {
	nowDT, err := types.ParseDateTime(now)
	if err != nil {
		return 0, 0, err
	}
	for ctx.Err() == nil {
		due, err := app.FindRecordsByFilter(Collection,
			"status = {:pending} && next_attempt_at <= {:now}", "next_attempt_at", outboxBatch, 0,
			dbx.Params{"pending": OutboxPending, "now": nowDT.String()})
		if err != nil {
			return sent, failed, fmt.Errorf("find due outbox mail: %w", err)
		}
		for _, r := range due {
			if ctx.Err() != nil {
				break
			}
			claimed, err := claimOutboxRecord(app, r.Id, now)
			if err != nil {
				return sent, failed, err
			}
			if claimed == nil {
				continue // another pass took it
			}
			sendErr := sendOutboxRecord(app, claimed)
			if err := recordOutcome(app, claimed, sendErr); err != nil {
				return sent, failed, err
			}
			if sendErr != nil {
				failed++
			} else {
				sent++
			}
		}
		if len(due) < outboxBatch {
			break
		}
	}
	return sent, failed, nil
}

// claimOutboxRecord takes the record for one attempt and returns it, or nil when it is no longer
// pending and due. The attempt is counted and next_attempt_at moved to the retry time before
// sending, in one write transaction that re-reads the record: PocketBase runs write
// transactions one at a time, so of two passes only the first finds it due. A crash mid-send
// thus costs one attempt and the message is retried after the back-off.
func claimOutboxRecord(app core.App, id string, now time.Time) (*core.Record, error) {
	var claimed *core.Record
	err := app.RunInTransaction(func(txApp core.App) error {
		r, err := txApp.FindRecordById(Collection, id)
		if err != nil {
			return err
		}
		if r.GetString("status") != OutboxPending || r.GetDateTime("next_attempt_at").Time().After(now) {
			return nil
		}
		attempt := r.GetInt("attempts") + 1
		r.Set("attempts", attempt)
		r.Set("next_attempt_at", now.Add(backoffAfter(attempt)))
		if err := txApp.Save(r); err != nil {
			return err
		}
		claimed = r
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("claim outbox mail %s: %w", id, err)
	}
	return claimed, nil
}

// sendOutboxRecord sends one outbox record: over SMTP through sendOverSMTP, whose deadlines
// keep a stalled server from holding up the messages after it, or, without SMTP settings,
// through the app's mail client (sendmail, a local program).
func sendOutboxRecord(app core.App, r *core.Record) error {
	if app.Settings().SMTP.Enabled {
		return sendOverSMTP(app, r)
	}
	meta := app.Settings().Meta
	msg := &mailer.Message{
		From:    mail.Address{Name: meta.SenderName, Address: meta.SenderAddress},
		To:      []mail.Address{{Address: r.GetString("to")}},
		Subject: r.GetString("subject"),
		HTML:    r.GetString("html"),
		Text:    r.GetString("text"),
	}
	if replyTo, err := mail.ParseAddress(r.GetString("reply_to")); err == nil {
		msg.Headers = map[string]string{"Reply-To": replyTo.String()}
	}
	if ics := r.GetString("ics"); ics != "" {
		// PocketBase's sendmail client sniffs the attachment's content type (text/calendar for
		// a body starting with BEGIN:VCALENDAR), without the method.
		msg.Attachments = map[string]io.Reader{"invite.ics": strings.NewReader(ics)}
	}
	return app.NewMailClient().Send(msg)
}

// recordOutcome stores the result of an attempt on a claimed record.
func recordOutcome(app core.App, r *core.Record, sendErr error) error {
	if sendErr == nil {
		r.Set("status", OutboxSent)
		r.Set("sent_at", time.Now())
		r.Set("last_error", "")
	} else {
		msg := truncateRunes(sendErr.Error(), lastErrorMax)
		r.Set("last_error", msg)
		if r.GetInt("attempts") >= maxOutboxAttempts {
			r.Set("status", OutboxFailed)
		}
		app.Logger().Warn("outbox: sending failed", "id", r.Id, "to", r.GetString("to"),
			"attempts", r.GetInt("attempts"), "error", msg)
	}
	if err := app.Save(r); err != nil {
		return fmt.Errorf("record outcome of outbox mail %s: %w", r.Id, err)
	}
	return nil
}

// truncateRunes cuts s to at most n characters without splitting one.
func truncateRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}
