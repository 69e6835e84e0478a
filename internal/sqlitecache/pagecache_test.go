package sqlitecache

import (
	"os"
	"path/filepath"
	"testing"
	"unsafe"

	"modernc.org/libc"
	sqlite3 "modernc.org/sqlite/lib"
)

// TestMain gives SQLite the page-cache block before any test opens a connection, as the
// server does before its first.
func TestMain(m *testing.M) {
	if err := UsePageCache(); err != nil {
		panic(err)
	}
	os.Exit(m.Run())
}

// TestPagesAreCachedInTheBlock writes and reads about 2 MB through a connection Connect
// opens: SQLite caches those pages in lines of the page-cache block, not one 8 KB slot of
// modernc's allocator each (pagecache.go).
func TestPagesAreCachedInTheBlock(t *testing.T) {
	usedBefore, overflowBefore := pageCacheStatus(t)
	db, err := Connect(filepath.Join(t.TempDir(), "data.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, q := range []string{
		"CREATE TABLE t (v BLOB)",
		"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i < 2000) INSERT INTO t SELECT randomblob(1000) FROM n",
	} {
		if _, err := db.NewQuery(q).Execute(); err != nil {
			t.Fatal(err)
		}
	}
	var total int
	if err := db.NewQuery("SELECT sum(length(v)) FROM t").Row(&total); err != nil || total != 2000*1000 {
		t.Fatalf("read %d bytes (%v)", total, err)
	}

	used, overflow := pageCacheStatus(t)
	// 2,000 rows of 1,000 bytes fill about 500 pages of 4 KB
	if used-usedBefore < 400 {
		t.Errorf("%d more lines of the block in use, want the table's pages (about 500)", used-usedBefore)
	}
	if overflow != overflowBefore {
		t.Errorf("%d more bytes of pages cached outside the block, want none", overflow-overflowBefore)
	}
}

// status is where sqlite3_status64 writes: package variables, because SQLite writes through
// their addresses and a goroutine's stack may move.
var status struct{ current, highwater int64 }

// pageCacheStatus returns how many lines of the block are in use and how many bytes of
// cached pages SQLite allocated outside it, for the whole process.
func pageCacheStatus(t *testing.T) (used, overflow int64) {
	t.Helper()
	tls := libc.NewTLS()
	defer tls.Close()
	current, highwater := uintptr(unsafe.Pointer(&status.current)), uintptr(unsafe.Pointer(&status.highwater))
	for _, s := range []struct {
		op  int32
		out *int64
	}{{sqlite3.SQLITE_STATUS_PAGECACHE_USED, &used}, {sqlite3.SQLITE_STATUS_PAGECACHE_OVERFLOW, &overflow}} {
		if rc := sqlite3.Xsqlite3_status64(tls, s.op, current, highwater, 0); rc != sqlite3.SQLITE_OK {
			t.Fatalf("sqlite3_status64(%d): %d", s.op, rc)
		}
		*s.out = status.current
	}
	return used, overflow
}
