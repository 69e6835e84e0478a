package outbox

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"
)

// workerKey is where Bind keeps its worker in the app's store, for EnqueueMany to wake it.
const workerKey = "outbox.worker"

// EnqueueMany stores mails in the outbox as Enqueue does, pending and due now, with one
// prepared statement rather than a record save each: the thousands of letters of an import.
// The rows are written as PocketBase would save them, but without the outbox's record hooks,
// so each mail carries its Reply-To already. Call it with the transaction's app: the worker
// is woken once the transaction commits. Mail to an erased account's stand-in is dropped.
func EnqueueMany(app core.App, mails []Mail) error {
	collection, err := app.FindCachedCollectionByNameOrId(Collection)
	if err != nil {
		return fmt.Errorf("outbox: %w", err)
	}
	now := types.NowDateTime()
	var insert *dbx.Query
	for _, m := range mails {
		if IsErasedAddress(m.To) {
			continue
		}
		record := core.NewRecord(collection)
		record.Load(m.fields(now))
		record.Id = core.GenerateDefaultRandomId()
		record.SetRaw("created", now)
		record.SetRaw("updated", now)
		values, err := record.DBExport(app)
		if err != nil {
			return err
		}
		if insert == nil {
			insert = app.DB().NewQuery(insertSQL(values)).Prepare()
			defer insert.Close()
		}
		if _, err := insert.Bind(values).Execute(); err != nil {
			return fmt.Errorf("queue %s mail to %s: %w", m.Kind, m.To, err)
		}
	}
	if insert != nil {
		afterCommit(app, func() {
			if w, ok := app.Store().Get(workerKey).(*outboxWorker); ok {
				w.nudge()
			}
		})
	}
	return nil
}

// insertSQL is the statement inserting an outbox row of the columns of values, each bound
// to the parameter of its name.
func insertSQL(values map[string]any) string {
	columns, params := make([]string, 0, len(values)), make([]string, 0, len(values))
	for _, c := range slices.Sorted(maps.Keys(values)) {
		columns, params = append(columns, "[["+c+"]]"), append(params, "{:"+c+"}")
	}
	return "INSERT INTO {{" + Collection + "}} (" + strings.Join(columns, ", ") + ") VALUES (" + strings.Join(params, ", ") + ")"
}

// afterCommit runs fn once app's transaction has committed, or now when app is none.
func afterCommit(app core.App, fn func()) {
	info := app.TxInfo()
	if info == nil {
		fn()
		return
	}
	info.OnComplete(func(txErr error) error {
		if txErr == nil {
			fn()
		}
		return nil
	})
}
