// Package sqlitecache opens SQLite databases through modernc.org/sqlite with a cache of
// prepared statements on each connection.
//
// modernc's connection prepares (parses and plans) every statement it runs and finalizes it
// afterwards, and PocketBase's query builder never prepares one itself: at 20,000
// participants about a quarter of the server's CPU went to sqlite3_prepare_v2 for the same
// few hundred SQL texts. The connections opened here keep their recent single statements
// prepared, keyed by SQL text, and only reset and re-bind them (README "Performance").
package sqlitecache

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"sync"

	"github.com/pocketbase/dbx"
	_ "modernc.org/sqlite" // registers the driver wrapped here as "sqlite"
)

// DataConns is how many connections to data.db the server keeps, all of them open: at 64
// requests at once PocketBase's default of 15 idle out of 120 closed and reopened
// connections all the time (each new one pays SQLite's set-up), and 120 kept open each filled
// its own page cache, 4 GB between them at 20,000 participants. On 2 cores more than a few
// queries never run at once anyway; a request waits for a connection instead of for the CPU
// (README "Performance").
const DataConns = 8

// cacheSize is how many prepared statements each connection keeps: every page `load` measures and
// PocketBase's record API together sent 121 distinct SQL texts (README "Performance"), which
// leaves room for the pages and filters it does not measure; a text used once more rarely
// than 256 others is prepared again, as it was before.
const cacheSize = 256

// pragmas are PocketBase's DefaultDBConnect's (keep them in step with it), with a page cache
// of 8 MB per connection instead of 32: eight connections then hold at most 64 MB, in the
// page-cache block (pagecache.go), and the pages they miss are in the system's file cache.
// busy_timeout must come first, so that setting WAL waits for another connection setting it
// at the same moment.
const pragmas = "?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=journal_size_limit(200000000)" +
	"&_pragma=synchronous(NORMAL)&_pragma=foreign_keys(ON)&_pragma=temp_store(MEMORY)&_pragma=cache_size(-8000)"

// Connect opens the database at dbPath as PocketBase's DBConnect does, through connections
// that cache cacheSize prepared statements each. The server and the test kit both open their
// databases with it.
func Connect(dbPath string) (*dbx.DB, error) {
	db := sql.OpenDB(connector{dsn: dbPath + pragmas, size: cacheSize})
	// "sqlite" picks dbx's SQLite query builder, as dbx.Open("sqlite", …) does.
	return dbx.NewFromDB(db, "sqlite"), nil
}

// modernc is the driver modernc.org/sqlite registers, with the functions and hooks
// registered on it: its package-level driver value is not exported.
var modernc = sync.OnceValue(func() driver.Driver {
	db, _ := sql.Open("sqlite", "") // only looks the driver up; opens nothing
	defer db.Close()
	return db.Driver()
})

// connector opens cached connections to one database. Using a connector rather than a
// registered driver name keeps "sqlite" meaning modernc's driver for everyone else.
type connector struct {
	dsn  string
	size int
}

// Connect opens a new connection.
func (c connector) Connect(context.Context) (driver.Conn, error) { return c.Open(c.dsn) }

// Driver is the connector itself: its connections cache statements too.
func (c connector) Driver() driver.Driver { return c }

// Open opens a connection to the database name (modernc's DSN syntax) that caches c.size
// prepared statements.
func (c connector) Open(name string) (driver.Conn, error) {
	inner, err := modernc().Open(name)
	if err != nil {
		return nil, err
	}
	return newConn(inner, c.size)
}
