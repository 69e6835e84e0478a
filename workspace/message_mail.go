package workspace

import (
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/outbox"
)

// UnreadMessagesKind is the outbox kind of the e-mail telling a member their partner wrote.
const UnreadMessagesKind = "unread_messages"

// unreadMailInterval is how often at most a member hears about unread messages of one pair.
const unreadMailInterval = time.Hour

// NotifyUnreadMessages e-mails every member of an active pair who has unread messages from
// their partner, in their language, and returns how many e-mails it queued. The outbox is the
// memory: a member is told again about a pair only about messages written after the last such
// e-mail, and never twice within an hour of it (counted from now).
func NotifyUnreadMessages(app core.App, now time.Time) (int, error) {
	unread, err := app.FindRecordsByFilter(kernel.CollectionMessages, `read_at = "" && match.status = {:matchStatus}`, "created", 0, 0,
		dbx.Params{"matchStatus": kernel.MatchActive})
	if err != nil {
		return 0, err
	}
	type thread struct{ matchID, authorID string }
	newest := map[thread]types.DateTime{}
	var order []thread
	for _, m := range unread {
		key := thread{m.GetString("match"), m.GetString("author")}
		if _, seen := newest[key]; !seen {
			order = append(order, key)
		}
		newest[key] = m.GetDateTime("created")
	}
	queued := 0
	for _, key := range order {
		sent, err := notifyUnread(app, key.matchID, key.authorID, newest[key].Time(), now)
		if err != nil {
			return queued, err
		}
		if sent {
			queued++
		}
	}
	return queued, nil
}

// notifyUnread tells the partner of authorID in matchID about unread messages, the newest
// written at newest, unless an e-mail about them is recent or already covers them.
func notifyUnread(app core.App, matchID, authorID string, newest, now time.Time) (bool, error) {
	sent := false
	err := app.RunInTransaction(func(txApp core.App) error {
		pair, err := kernel.FindPair(txApp, matchID)
		if err != nil {
			return err
		}
		if pair.Role(authorID) == "" {
			return nil
		}
		recipient := pair.Partner(authorID)
		author := pair.Partner(recipient.Id)
		last, err := txApp.FindRecordsByFilter(kernel.CollectionOutbox,
			"kind = {:kind} && related_id = {:match} && to = {:to}", "-created", 1, 0,
			dbx.Params{"kind": UnreadMessagesKind, "match": matchID, "to": recipient.Email()})
		if err != nil {
			return err
		}
		if len(last) > 0 {
			lastAt := last[0].GetDateTime("created").Time()
			if now.Sub(lastAt) < unreadMailInterval || !newest.After(lastAt) {
				return nil
			}
		}
		_, err = outbox.QueueLetter(txApp, recipient, outbox.RecipientLocale(recipient, pair.Program.GetStringSlice("languages")), outbox.Letter{
			Kind:       UnreadMessagesKind,
			Subject:    outbox.P("message.mail.subject", "name", author.GetString("name")),
			Paragraphs: []outbox.Phrase{outbox.P("message.mail.body", "name", author.GetString("name"), "program", pair.ProgramName(recipient))},
			Action:     outbox.P("message.mail.action"),
			Link:       "/matches/" + matchID + "#messages",
			Related:    pair.Match,
		})
		sent = err == nil
		return err
	})
	return sent, err
}
