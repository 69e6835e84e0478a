package apptest

import (
	"context"
	"database/sql"
	"sync"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// Queries runs fn and returns the SQL statements it sent to the main database, in order:
// reads and writes, in transactions too. Tests use it to keep the pages people open most from
// growing a query per record (N+1); it is not safe while other goroutines use the app.
func Queries(app core.App, fn func()) []string {
	var mu sync.Mutex
	var seen []string
	record := func(sql string) {
		mu.Lock()
		defer mu.Unlock()
		seen = append(seen, sql)
	}
	hooked := map[*dbx.DB]bool{}
	for _, builder := range []dbx.Builder{app.ConcurrentDB(), app.NonconcurrentDB()} {
		db, ok := builder.(*dbx.DB)
		if !ok || hooked[db] {
			continue
		}
		hooked[db] = true
		query, exec := db.QueryLogFunc, db.ExecLogFunc
		db.QueryLogFunc = func(ctx context.Context, t time.Duration, s string, rows *sql.Rows, err error) {
			record(s)
			if query != nil {
				query(ctx, t, s, rows, err)
			}
		}
		db.ExecLogFunc = func(ctx context.Context, t time.Duration, s string, result sql.Result, err error) {
			record(s)
			if exec != nil {
				exec(ctx, t, s, result, err)
			}
		}
		defer func() { db.QueryLogFunc, db.ExecLogFunc = query, exec }()
	}
	fn()
	return seen
}
