//go:build unix

package sqlitecache

import (
	"fmt"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/pocketbase/dbx"
)

// BenchmarkRecordByID runs the query PocketBase's FindRecordById sends, on a table shaped like
// its users collection with 1,000 rows, through one connection with and without the cache. It
// reports the process's CPU time per query too (cpu-ns/op), which other work on a shared
// machine changes less than ns/op.
func BenchmarkRecordByID(b *testing.B) {
	connects := []struct {
		name    string
		connect func(path string) (*dbx.DB, error)
	}{
		{"cached", Connect},
		{"modernc", func(path string) (*dbx.DB, error) { return dbx.Open("sqlite", path+pragmas) }},
	}
	for _, c := range connects {
		b.Run(c.name, func(b *testing.B) {
			db, err := c.connect(filepath.Join(b.TempDir(), "data.db"))
			if err != nil {
				b.Fatal(err)
			}
			defer db.Close()
			db.DB().SetMaxOpenConns(1)
			if _, err := db.NewQuery(`CREATE TABLE users (id TEXT PRIMARY KEY, email TEXT, emailVisibility BOOLEAN,
				verified BOOLEAN, name TEXT, avatar TEXT, locale TEXT, password TEXT, tokenKey TEXT,
				created TEXT, updated TEXT)`).Execute(); err != nil {
				b.Fatal(err)
			}
			if _, err := db.NewQuery(`WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i+1 FROM n WHERE i < 999)
				INSERT INTO users (id, email, name, locale, created)
				SELECT printf('u%014d', i), 'p' || i || '@example.org', 'Person', 'en', '2026-12-03 11:00:00.000Z' FROM n`).Execute(); err != nil {
				b.Fatal(err)
			}
			var found struct {
				ID    string `db:"id"`
				Email string `db:"email"`
			}
			b.ReportAllocs()
			b.ResetTimer()
			cpu := processCPU()
			for i := range b.N {
				err := db.Select("users.*").From("users").
					Where(dbx.HashExp{"id": fmt.Sprintf("u%014d", i%1000)}).Limit(1).One(&found)
				if err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(processCPU()-cpu)/float64(b.N), "cpu-ns/op")
		})
	}
}

// processCPU is the CPU time the process has used, user and system.
func processCPU() time.Duration {
	var u syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &u)
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}
