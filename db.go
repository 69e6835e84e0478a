package main

import (
	"os"

	"github.com/pocketbase/pocketbase"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/internal/sqlitecache"
)

// dataConns is how many connections to data.db the server keeps, all of them open: at 64
// requests at once PocketBase's default of 15 idle out of 120 closed and reopened
// connections all the time (each new one pays SQLite's set-up), and 120 kept open each filled
// its own page cache, 4 GB between them at 20,000 participants. On 2 cores more than a few
// queries never run at once anyway; a request waits for a connection instead of for the CPU
// (README "Performance").
const dataConns = 8

// connectSQLite opens data.db and auxiliary.db with PocketBase's pragmas (a smaller page
// cache) through connections that keep their recent statements prepared: modernc's driver
// parses every statement it runs again and PocketBase never prepares one, which cost about a
// quarter of the server's CPU under load (README "Performance"). The test kit opens its apps
// with the same function.
var connectSQLite = sqlitecache.Connect

// cachePagesInOneBlock gives SQLite its page-cache block (sqlitecache.UsePageCache) when the
// command is serve, before the bootstrap opens the first connection: it must precede it. The
// batch commands (demo, import, match) keep SQLite's own allocation; they would hold the whole
// block from their first connection on.
func cachePagesInOneBlock(app *pocketbase.PocketBase) {
	app.OnBootstrap().BindFunc(func(e *core.BootstrapEvent) error {
		if cmd, _, err := app.RootCmd.Find(os.Args[1:]); err == nil && cmd.Name() == "serve" {
			if err := sqlitecache.UsePageCache(); err != nil {
				return err
			}
		}
		return e.Next()
	})
}
