// Command mentorbase is a self-hosted mentoring-programme portal built on PocketBase.
package main

import (
	"fmt"
	"os"
	_ "time/tzdata" // programmes name IANA time zones; the static binary must know them all

	"github.com/pocketbase/pocketbase"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/plugins/migratecmd"
	"github.com/pocketbase/pocketbase/tools/osutils"

	"github.com/mentorbase/mentorbase/cli"
	"github.com/mentorbase/mentorbase/internal/sqlitecache"
	"github.com/mentorbase/mentorbase/pb_hooks"
	_ "github.com/mentorbase/mentorbase/pb_migrations"
	"github.com/mentorbase/mentorbase/ui"
)

func main() {
	// PocketBase turns dev mode (every SQL statement on stderr) on under `go run`; the quick
	// start runs there, so keep the console readable and leave --dev to those who want it.
	// The database connections: db.go.
	app := pocketbase.NewWithConfig(pocketbase.Config{DefaultDev: false,
		DataMaxOpenConns: sqlitecache.DataConns, DataMaxIdleConns: sqlitecache.DataConns, DBConnect: connectSQLite})

	// Dashboard schema edits become Go migrations only while developing (`go run`);
	// a deployed binary must never write source files.
	migratecmd.MustRegister(app, app.RootCmd, migratecmd.Config{
		Dir:         "pb_migrations",
		Automigrate: osutils.IsProbablyGoRun(),
	})

	// The memory and scheduler settings are the server's: the batch commands (demo, match,
	// import) hold their whole problem in memory and are left to the Go defaults.
	app.OnServe().BindFunc(func(e *core.ServeEvent) error {
		tuneMemory()
		tuneScheduler()
		flushRequestLog(e.App)
		return e.Next()
	})
	cachePagesInOneBlock(app)
	pb_hooks.Register(app)
	ui.Register(app)
	cli.Register(app)

	if err := app.Start(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
