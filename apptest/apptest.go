// Package apptest builds test applications with mentorbase's schema and hooks bound, for the
// tests of every package.
package apptest

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tests"
	"golang.org/x/crypto/bcrypt"

	"github.com/mentorbase/mentorbase/pb_hooks"
	_ "github.com/mentorbase/mentorbase/pb_migrations"
)

// New returns a fresh application with every migration applied and every hook bound; it is
// cleaned up when t ends. Portal tests bind ui.Register on top.
//
// Running PocketBase's and our migrations costs about 0.4 s an app, so the migrated data
// directory is built once per test binary and kept in memory; each test writes a copy of it
// (a few hundred kilobytes) and opens that.
func New(t testing.TB) *tests.TestApp {
	t.Helper()
	return FromDir(t, Snapshot(t, migrated(t)))
}

// FromDir opens a test application on dir, a copy written by Snapshot for this one
// application, with every hook bound; it is cleaned up (and dir removed) when t ends.
func FromDir(t testing.TB, dir string) *tests.TestApp {
	t.Helper()
	app, err := open(dir)
	if err != nil {
		t.Fatalf("test app: %v", err)
	}
	t.Cleanup(app.Cleanup)
	pb_hooks.Register(app)
	return app
}

// Files is a data directory held in memory: relative path to content.
type Files map[string][]byte

// Capture closes app's databases, so that their files are complete, and reads its data
// directory into memory. The app must not be used afterwards.
func Capture(t testing.TB, app *tests.TestApp) Files {
	t.Helper()
	if err := app.ResetBootstrapState(); err != nil {
		t.Fatalf("closing the template app: %v", err)
	}
	files, err := readDir(app.DataDir())
	if err != nil {
		t.Fatalf("reading the template app: %v", err)
	}
	return files
}

// Snapshot writes files into a new directory of t's and returns it.
func Snapshot(t testing.TB, files Files) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, content, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

var template struct {
	once  sync.Once
	files Files
	err   error
}

// migrated is the data directory of a new app with every migration applied.
func migrated(t testing.TB) Files {
	t.Helper()
	template.once.Do(func() {
		dir, err := os.MkdirTemp("", "mentorbase-template-")
		if err != nil {
			template.err = err
			return
		}
		defer os.RemoveAll(dir)
		app, err := tests.NewTestApp(dir)
		if err != nil {
			template.err = err
			return
		}
		defer os.RemoveAll(app.DataDir())
		if template.err = cheapPasswords(app); template.err != nil {
			return
		}
		if template.err = app.ResetBootstrapState(); template.err == nil {
			template.files, template.err = readDir(app.DataDir())
		}
	})
	if template.err != nil {
		t.Fatalf("migrated template: %v", template.err)
	}
	return template.files
}

// cheapPasswords hashes the test users' passwords at bcrypt's lowest cost: at the default
// cost each account a test creates spends about 60 ms hashing, which nothing under test needs.
func cheapPasswords(app core.App) error {
	users, err := app.FindCollectionByNameOrId("users")
	if err != nil {
		return err
	}
	field, ok := users.Fields.GetByName(core.FieldNamePassword).(*core.PasswordField)
	if !ok {
		return fmt.Errorf("users has no password field")
	}
	field.Cost = bcrypt.MinCost
	return app.Save(users)
}

// readDir reads every regular file below dir.
func readDir(dir string) (Files, error) {
	files := Files{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		content, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(dir, path)
		files[rel] = content
		return err
	})
	return files, err
}
