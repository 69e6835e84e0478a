package main

import (
	"github.com/pocketbase/dbx"
	_ "modernc.org/sqlite" // the driver PocketBase's own connect function uses
)

// dataConns is how many connections to data.db the server keeps, all of them open: at 64
// requests at once PocketBase's default of 15 idle out of 120 closed and reopened
// connections all the time (each new one pays SQLite's set-up), and 120 kept open each filled
// its own page cache, 4 GB between them at 20,000 participants. On 2 cores more than a few
// queries never run at once anyway; a request waits for a connection instead of for the CPU
// (README "Performance").
const dataConns = 8

// connectSQLite opens a database as PocketBase's DefaultDBConnect does (keep the pragmas in
// step with it), with a page cache of 8 MB per connection instead of 32: eight connections
// then hold at most 64 MB, and the pages they miss are in the system's file cache.
func connectSQLite(dbPath string) (*dbx.DB, error) {
	// busy_timeout must come first, so that setting WAL waits for another connection
	// setting it at the same moment.
	pragmas := "?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=journal_size_limit(200000000)" +
		"&_pragma=synchronous(NORMAL)&_pragma=foreign_keys(ON)&_pragma=temp_store(MEMORY)&_pragma=cache_size(-8000)"
	return dbx.Open("sqlite", dbPath+pragmas)
}
