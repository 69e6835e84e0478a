package main

import (
	"os"

	"github.com/pocketbase/pocketbase"
	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/internal/sqlitecache"
)

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
