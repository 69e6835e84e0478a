package apptest

import (
	"sync"
	"testing"

	"github.com/pocketbase/pocketbase/tests"
)

// worlds holds, per name, the data directory a seed left, built once per test binary.
var worlds sync.Map // name → *world

type world struct {
	once  sync.Once
	files Files
	ok    bool
}

// World returns a fresh application holding what seed made, with every hook bound. seed runs
// once per test binary for each name, on an application of its own made by New; every call
// after that opens a copy of the data directory it left, in milliseconds instead of the
// seconds seeding a world through hooks and password hashing takes. Settings kept in memory
// only (such as Meta.AppURL) and the routes a test binds are not part of the copy: the
// caller sets them on each application it gets.
func World(t testing.TB, name string, seed func(testing.TB, *tests.TestApp)) *tests.TestApp {
	t.Helper()
	entry, _ := worlds.LoadOrStore(name, &world{})
	w := entry.(*world)
	w.once.Do(func() {
		app := New(t)
		seed(t, app)
		w.files = Capture(t, app)
		w.ok = true
	})
	if !w.ok {
		t.Fatalf("world %q: its seed failed in an earlier test", name)
	}
	return FromDir(t, Snapshot(t, w.files))
}
