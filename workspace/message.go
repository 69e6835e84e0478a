package workspace

import (
	"strings"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/filesystem"
	"github.com/pocketbase/pocketbase/tools/types"

	"github.com/mentorbase/mentorbase/kernel"
)

// PostMessage adds a message of userID to the thread of the active match, with its files.
// The messages collection limits the files (how many, size, type): a file it refuses comes
// back as a validation error of "attachments", an empty body as one of "body". The partner
// hears of it by e-mail from the unread-messages cron job, at most once an hour.
func PostMessage(app core.App, userID, matchID, body string, files []*filesystem.File) (*core.Record, error) {
	var message *core.Record
	err := app.RunInTransaction(func(txApp core.App) error {
		pair, _, err := openActive(txApp, userID, matchID)
		if err != nil {
			return err
		}
		collection, err := txApp.FindCachedCollectionByNameOrId(kernel.CollectionMessages)
		if err != nil {
			return err
		}
		message = core.NewRecord(collection)
		message.Set("match", pair.Match.Id)
		message.Set("author", userID)
		message.Set("body", strings.TrimSpace(body))
		if len(files) > 0 {
			names := map[string]string{}
			for _, f := range files {
				names[f.Name] = f.OriginalName
			}
			message.Set("attachments", files)
			message.Set("attachment_names", names)
		}
		return txApp.Save(message)
	})
	if err != nil {
		return nil, err
	}
	return message, nil
}

// MarkRead marks the partner's unread messages of the match as read by userID, a member, and
// returns how many there were.
func MarkRead(app core.App, userID, matchID string) (int, error) {
	count := 0
	err := app.RunInTransaction(func(txApp core.App) error {
		_, role, err := Open(txApp, userID, matchID)
		if err != nil {
			return err
		}
		if role == RoleCoordinator {
			return nil
		}
		unread, err := txApp.FindAllRecords(kernel.CollectionMessages,
			dbx.HashExp{"match": matchID, "read_at": ""}, dbx.Not(dbx.HashExp{"author": userID}))
		if err != nil {
			return err
		}
		for _, m := range unread {
			m.Set("read_at", types.NowDateTime())
			if err := txApp.Save(m); err != nil {
				return err
			}
		}
		count = len(unread)
		return nil
	})
	return count, err
}

// Messages is the pair's thread, oldest first.
func Messages(app core.App, matchID string) ([]*core.Record, error) {
	messages, err := app.FindAllRecords(kernel.CollectionMessages, dbx.HashExp{"match": matchID})
	kernel.SortRecords(messages, "created")
	return messages, err
}
