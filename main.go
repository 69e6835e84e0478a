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
	"github.com/mentorbase/mentorbase/pb_hooks"
	_ "github.com/mentorbase/mentorbase/pb_migrations"
	"github.com/mentorbase/mentorbase/ui"
)

func main() {
	// PocketBase turns dev mode (every SQL statement on stderr) on under `go run`; the quick
	// start runs there, so keep the console readable and leave --dev to those who want it.
	//
	// Every connection PocketBase opens to the database stays open: with its default of 15
	// idle connections out of 120, 64 requests at once closed and reopened connections all
	// the time, and each new one pays SQLite's set-up again (README "Performance").
	app := pocketbase.NewWithConfig(pocketbase.Config{DefaultDev: false,
		DataMaxOpenConns: core.DefaultDataMaxOpenConns, DataMaxIdleConns: core.DefaultDataMaxOpenConns})

	// Dashboard schema edits become Go migrations only while developing (`go run`);
	// a deployed binary must never write source files.
	migratecmd.MustRegister(app, app.RootCmd, migratecmd.Config{
		Dir:         "pb_migrations",
		Automigrate: osutils.IsProbablyGoRun(),
	})

	pb_hooks.Register(app)
	ui.Register(app)
	cli.Register(app)

	if err := app.Start(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
