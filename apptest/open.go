package apptest

import (
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"
	"github.com/pocketbase/pocketbase/tools/hook"

	"github.com/mentorbase/mentorbase/internal/sqlitecache"
)

// open opens the application whose data directory is dir, in place. dir must be a copy of
// the migrated template (see Snapshot): a directory written for this one application.
//
// It opens the databases as the server does (sqlitecache.Connect: cached prepared statements;
// the template itself was migrated through PocketBase's own connect function, which writes the
// same files). Otherwise it does what tests.NewTestApp does but four things, which cost about a
// fifth of the CPU of pb_hooks' tests and a tenth of ui's (README "Test times"):
//   - the collections are read once, not twice: Bootstrap reads them after its system
//     migrations, and PocketBase's own OnBootstrap handler reads them again in case another
//     handler changed them (see collectionsReloadHook); none has been bound yet;
//   - no second copy of dir: tests.NewTestApp clones the directory it is given, and Snapshot
//     has already written a copy of the test's own;
//   - no RunAllMigrations: the template was migrated by this same binary, so every
//     registered migration is applied already and the runner would only check each one;
//   - no EventCalls counting: tests.NewTestApp binds a counting handler to every hook of
//     the app, which ApiScenario's ExpectedEvents reads. No test of ours sets ExpectedEvents;
//     one that did would see no events and fail, never pass by mistake.
//
// Like tests.NewTestApp it sends mail to app.TestMailer, keeps no request logs (they are
// written from a goroutine that can outlive a test) and serves without the installer.
func open(dir string) (*tests.TestApp, error) {
	base := core.NewBaseApp(core.BaseAppConfig{DataDir: dir, EncryptionEnv: "pb_test_env",
		DBConnect: sqlitecache.Connect})
	base.OnBootstrap().Unbind(collectionsReloadHook)
	if err := base.Bootstrap(); err != nil {
		return nil, err
	}
	base.Settings().Logs.MaxDays = 0
	app := &tests.TestApp{BaseApp: base, EventCalls: map[string]int{}, TestMailer: &tests.TestMailer{}}
	app.OnMailerSend().Bind(&hook.Handler[*core.MailerEvent]{
		Func: func(e *core.MailerEvent) error {
			e.Mailer = app.TestMailer
			return e.Next()
		},
		Priority: -99999,
	})
	app.OnServe().Bind(&hook.Handler[*core.ServeEvent]{
		Func: func(e *core.ServeEvent) error {
			e.InstallerFunc = nil
			return e.Next()
		},
		Priority: -99999,
	})
	return app, nil
}

// collectionsReloadHook is the id of PocketBase's OnBootstrap handler that reloads the cached
// collections once every other handler has run (core.systemHookIdCollection, unexported). If
// a PocketBase upgrade renames it, unbinding does nothing and opening costs what it did.
const collectionsReloadHook = "__pbCollectionSystemHook__"
