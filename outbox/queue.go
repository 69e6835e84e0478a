package outbox

import (
	"fmt"
	"strings"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"
)

// Collection is the name of the collection that holds the queued e-mails; the kernel's
// vocabulary names it from here, since the outbox sits below the kernel.
const Collection = "outbox"

// Outbox statuses of a queued e-mail.
const (
	OutboxPending = "pending"
	OutboxSent    = "sent"
	OutboxFailed  = "failed"
)

// ErasedDomain is the mail domain of the stand-ins an erased account leaves in its pairs
// ("former participant"): reserved (RFC 6761), it can receive nothing, so nothing is queued
// to it.
const ErasedDomain = "erased.invalid"

// IsErasedAddress says whether address belongs to the stand-in of an erased account.
func IsErasedAddress(address string) bool {
	return strings.HasSuffix(strings.ToLower(address), "@"+ErasedDomain)
}

// Mail is one e-mail to queue: its recipient, bodies, optional iCalendar invite and the record
// that caused it.
type Mail struct {
	To, Locale, Kind, Subject, HTML, Text, ICS, ICSMethod,
	RelatedCollection, RelatedID, ReplyTo string
}

// Enqueue stores m in the outbox as pending and due now. Call it with the transaction's app
// (txApp) so the mail is queued if and only if the change that caused it commits; the worker is
// woken once the record is committed. Mail to an erased account's stand-in is dropped: it
// returns nil and no error.
func Enqueue(app core.App, m Mail) (*core.Record, error) {
	if IsErasedAddress(m.To) {
		return nil, nil
	}
	collection, err := app.FindCachedCollectionByNameOrId(Collection)
	if err != nil {
		return nil, fmt.Errorf("outbox: %w", err)
	}
	record := core.NewRecord(collection)
	record.Load(m.fields(types.NowDateTime()))
	if err := app.Save(record); err != nil {
		return nil, fmt.Errorf("queue %s mail to %s: %w", m.Kind, m.To, err)
	}
	return record, nil
}

// fields are the outbox fields of m, queued as pending and due at now.
func (m Mail) fields(now types.DateTime) map[string]any {
	return map[string]any{
		"to": m.To, "locale": m.Locale, "kind": m.Kind, "subject": m.Subject, "html": m.HTML, "text": m.Text,
		"ics": m.ICS, "ics_method": m.ICSMethod, "related_collection": m.RelatedCollection, "related_id": m.RelatedID,
		"reply_to": m.ReplyTo, "status": OutboxPending, "attempts": 0, "next_attempt_at": now,
	}
}

// ForgetOldBodies empties the bodies and attachments of the messages sent before before, and
// of those given up on (failed) that were queued before before, keeping who they went to,
// what kind and when: the outbox is a delivery log, not an archive of everyone's mail. Failed
// ones count too, or a server without SMTP, where every message fails, would keep them all.
// It says how many it emptied.
func ForgetOldBodies(app core.App, before time.Time) (int64, error) {
	res, err := app.DB().NewQuery("UPDATE outbox SET html = '', text = '', ics = '' " +
		"WHERE (status = {:sent} AND sent_at != '' AND sent_at < {:before} OR status = {:failed} AND created < {:before}) " +
		"AND (html != '' OR text != '' OR ics != '')").
		Bind(dbx.Params{"sent": OutboxSent, "failed": OutboxFailed, "before": before.UTC().Format(types.DefaultDateLayout)}).Execute()
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}
