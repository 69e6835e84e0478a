package pb_hooks_test

import "testing"

// The seeded world must build and sign people in: otherwise every "cannot see" scenario
// would pass for the wrong reason.
func TestRulesWorldSeeds(t *testing.T) {
	w := newWorld(t)
	app := w.app(t)
	defer app.Cleanup()
	n, err := app.CountRecords("notes")
	if err != nil || n != 6 {
		t.Fatalf("notes seeded: %d, %v", n, err)
	}
	if w.headers("mentee1")["Authorization"] == "" {
		t.Fatal("no token for mentee1")
	}
}
