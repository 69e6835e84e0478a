package sqlitecache

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// schema is each case's database: three people, a unique name.
const schema = `CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL, note TEXT);
INSERT INTO people (name) VALUES ('ann'), ('bob'), ('cat');`

// countTo counts to ? through a recursive query: long enough to be interrupted at 1e9.
const countTo = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c WHERE x < ?) SELECT count(*) FROM c"

// opener opens the database at dsn: through the cache, or through modernc as PocketBase does.
type opener struct {
	name string
	open func(dsn string) *sql.DB
}

var openers = []opener{
	{"cached", func(dsn string) *sql.DB { return sql.OpenDB(connector{dsn: dsn, size: cacheSize}) }},
	{"modernc", func(dsn string) *sql.DB { db, _ := sql.Open("sqlite", dsn); return db }},
}

// TestCachedConnectionsBehaveAsModernc runs each case through the cache and through modernc
// alone, on a database of its own with one connection (so that every run of a query after the
// first reuses its statement), and expects the same transcript from both. other is a second
// handle on the same file, for what another connection does.
func TestCachedConnectionsBehaveAsModernc(t *testing.T) {
	cases := []struct {
		name string
		run  func(t *testing.T, db, other *sql.DB) string
		want string
	}{
		{"the same query with other arguments", func(t *testing.T, db, _ *sql.DB) string {
			var got []string
			for _, id := range []any{1, 2, 1, nil, 3} {
				got = append(got, one(db, "SELECT coalesce((SELECT name FROM people WHERE id = ?), 'none')", id))
			}
			return strings.Join(got, ",")
		}, "ann,bob,ann,none,cat"},
		{"values round-trip", func(t *testing.T, db, _ *sql.DB) string {
			when := time.Date(2026, 12, 3, 11, 0, 0, 0, time.UTC)
			var got []string
			for _, v := range []any{int64(7), 2.5, "text", []byte("blob"), true, when, nil} {
				got = append(got, one(db, "SELECT typeof(?1) || ':' || coalesce(?1, 'null')", v))
			}
			return strings.Join(got, ",")
		}, "integer:7,real:2.5,text:text,blob:blob,integer:1,text:2026-12-03 11:00:00 +0000 UTC,null:null"},
		{"the same query inside a loop over its rows", func(t *testing.T, db, _ *sql.DB) string {
			tx := begin(t, db)
			defer tx.Rollback()
			rows := query(t, tx, "SELECT id FROM people ORDER BY id")
			defer rows.Close()
			var got []string
			for rows.Next() {
				var id int
				rows.Scan(&id)
				inner := query(t, tx, "SELECT id FROM people ORDER BY id")
				got = append(got, fmt.Sprintf("%d:%s", id, strings.Join(scanAll(inner), "")))
				tx.Exec("SELECT id FROM people ORDER BY id")
			}
			return strings.Join(got, ",") + errText(rows.Err())
		}, "1:123,2:123,3:123"},
		{"rows closed early, then the query again", func(t *testing.T, db, _ *sql.DB) string {
			rows := query(t, db, "SELECT id FROM people ORDER BY id")
			rows.Next()
			rows.Close()
			return strings.Join(scanAll(query(t, db, "SELECT id FROM people ORDER BY id")), ",")
		}, "1,2,3"},
		{"a script", func(t *testing.T, db, _ *sql.DB) string {
			script := "CREATE TABLE a (x); INSERT INTO a VALUES (1); INSERT INTO a VALUES (2);"
			_, err := db.Exec(script)
			_, err2 := db.Exec(strings.ReplaceAll(script, "CREATE TABLE a (x);", ""))
			return errText(err) + errText(err2) + one(db, "SELECT count(*) FROM a") +
				"|" + strings.Join(scanAll(query(t, db, "SELECT 1; SELECT 2")), ",")
		}, "4|2"},
		{"a column added, then SELECT *", func(t *testing.T, db, _ *sql.DB) string {
			before := strings.Join(scanAll(query(t, db, "SELECT * FROM people WHERE id = 1")), ",")
			exec(t, db, "ALTER TABLE people ADD COLUMN age INTEGER DEFAULT 7")
			return before + "|" + strings.Join(scanAll(query(t, db, "SELECT * FROM people WHERE id = 1")), ",")
		}, "1,ann,null|1,ann,null,7"},
		{"a column added by another connection", func(t *testing.T, db, other *sql.DB) string {
			before := strings.Join(scanAll(query(t, db, "SELECT * FROM people WHERE id = 2")), ",")
			exec(t, other, "ALTER TABLE people ADD COLUMN age INTEGER DEFAULT 8")
			return before + "|" + strings.Join(scanAll(query(t, db, "SELECT * FROM people WHERE id = 2")), ",")
		}, "2,bob,null|2,bob,null,8"},
		{"a table dropped", func(t *testing.T, db, other *sql.DB) string {
			exec(t, db, "CREATE TABLE b (x)")
			one(db, "SELECT count(*) FROM b")
			exec(t, other, "DROP TABLE b")
			var n int
			return errText(db.QueryRow("SELECT count(*) FROM b").Scan(&n))
		}, "error: SQL logic error: no such table: b (1)"},
		{"a constraint violation, then the statement again", func(t *testing.T, db, _ *sql.DB) string {
			insert := "INSERT INTO people (name) VALUES (?)"
			_, err := db.Exec(insert, "ann")
			res, err2 := db.Exec(insert, "dan")
			id, _ := res.LastInsertId()
			return fmt.Sprintf("%s|%s%d", errText(err), errText(err2), id)
		}, "error: constraint failed: UNIQUE constraint failed: people.name (2067)|4"},
		{"the database busy, then the statement again", func(t *testing.T, db, other *sql.DB) string {
			insert := "INSERT INTO people (name) VALUES (?)"
			exec(t, db, insert, "eve")
			tx := begin(t, other)
			exec(t, tx, "INSERT INTO people (name) VALUES ('fay')")
			_, busy := db.Exec(insert, "gil")
			tx.Commit()
			_, err := db.Exec(insert, "gil")
			return errText(busy) + "|" + errText(err) + one(db, "SELECT group_concat(name) FROM people")
		}, "error: database is locked (5) (SQLITE_BUSY)|ann,bob,cat,eve,fay,gil"},
		{"a cancelled query", func(t *testing.T, db, _ *sql.DB) string {
			ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
			defer cancel()
			var n int
			err := db.QueryRowContext(ctx, countTo, 1e9).Scan(&n)
			_, err2 := db.ExecContext(ctx, countTo, 1e9)
			return errText(err) + "|" + errText(err2) + "|" + one(db, countTo, 10)
		}, "error: context deadline exceeded|error: context deadline exceeded|10"},
		{"a cancelled exec", func(t *testing.T, db, _ *sql.DB) string {
			ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
			defer cancel()
			_, err := db.ExecContext(ctx, countTo, 1e9)
			return errText(err) + "|" + one(db, countTo, 10)
		}, "error: context deadline exceeded|10"},
		{"column types", func(t *testing.T, db, _ *sql.DB) string {
			rows := query(t, db, "SELECT id, name, note FROM people")
			defer rows.Close()
			types, err := rows.ColumnTypes()
			var got []string
			for _, ct := range types {
				nullable, _ := ct.Nullable()
				got = append(got, fmt.Sprintf("%s:%v:%v", ct.DatabaseTypeName(), ct.ScanType(), nullable))
			}
			return strings.Join(got, ",") + errText(err)
		}, "INTEGER:int64:true,TEXT:string:true,TEXT:<nil>:true"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			for _, o := range openers {
				dsn := filepath.Join(t.TempDir(), "data.db") + "?_pragma=busy_timeout(20)&_pragma=journal_mode(WAL)"
				db, other := o.open(dsn), o.open(dsn)
				db.SetMaxOpenConns(1)
				exec(t, db, schema)
				got := tc.run(t, db, other)
				if got != tc.want {
					t.Errorf("%s: got %q, want %q", o.name, got, tc.want)
				}
				if err := db.Close(); err != nil {
					t.Errorf("%s: closing: %v", o.name, err)
				}
				other.Close()
			}
		})
	}
}

type runner interface {
	Exec(query string, args ...any) (sql.Result, error)
	Query(query string, args ...any) (*sql.Rows, error)
}

func begin(t *testing.T, db *sql.DB) *sql.Tx {
	tx, err := db.Begin()
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

func exec(t *testing.T, db runner, query string, args ...any) {
	if _, err := db.Exec(query, args...); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
}

func query(t *testing.T, db runner, query string, args ...any) *sql.Rows {
	rows, err := db.Query(query, args...)
	if err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return rows
}

// one is the single value query returns, or its error.
func one(db *sql.DB, query string, args ...any) string {
	var v sql.NullString
	if err := db.QueryRow(query, args...).Scan(&v); err != nil {
		return errText(err)
	}
	return v.String
}

// scanAll reads every value of every row as text ("null" for NULL) and closes rows.
func scanAll(rows *sql.Rows) []string {
	defer rows.Close()
	cols, _ := rows.Columns()
	var got []string
	for rows.Next() {
		vals := make([]sql.NullString, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		rows.Scan(ptrs...)
		for _, v := range vals {
			if !v.Valid {
				v.String = "null"
			}
			got = append(got, v.String)
		}
	}
	if err := rows.Err(); err != nil {
		got = append(got, errText(err))
	}
	return got
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return "error: " + err.Error()
}
