// Package apptest builds test applications with mentorbase's schema and hooks bound, for the
// tests of every package.
package apptest

import (
	"testing"

	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/pb_hooks"
	_ "github.com/mentorbase/mentorbase/pb_migrations"
)

// New returns a fresh application on an empty data directory with every migration applied and
// every hook bound; it is cleaned up when t ends. Portal tests bind ui.Register on top.
func New(t testing.TB) *tests.TestApp {
	t.Helper()
	app, err := tests.NewTestApp(t.TempDir())
	if err != nil {
		t.Fatalf("test app: %v", err)
	}
	t.Cleanup(app.Cleanup)
	pb_hooks.Register(app)
	return app
}
