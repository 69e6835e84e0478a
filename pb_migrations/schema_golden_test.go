package pb_migrations_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/pocketbase/pocketbase/core"

	_ "github.com/mentorbase/mentorbase/pb_migrations"
)

var update = flag.Bool("update", false, "rewrite testdata/schema.golden.json from the migrations as they are")

const goldenPath = "testdata/schema.golden.json"

// An applied migration never runs again on a database that has it, so what it does must not
// depend on code a later change may touch. The golden file records what every migration does,
// up and down, on a fresh database: a migration whose effect changes fails here. Regenerate it
// with -update only when adding a migration, and then only the new steps may differ.
func TestSchemaGolden(t *testing.T) {
	got := migrationSteps(t)
	if *update {
		if err := os.MkdirAll(filepath.Dir(goldenPath), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(goldenPath, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(goldenPath)
	if err != nil {
		t.Fatalf("%v (run go test ./pb_migrations -run TestSchemaGolden -update)", err)
	}
	if bytes.Equal(got, want) {
		return
	}
	var g, w goldenSchema
	if err := json.Unmarshal(got, &g); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(want, &w); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(g.Base, w.Base) {
		t.Errorf("the schema before any migration differs from %s", goldenPath)
	}
	for i := 0; i < max(len(g.Steps), len(w.Steps)); i++ {
		if i >= len(g.Steps) || i >= len(w.Steps) {
			t.Errorf("%d steps, %s has %d", len(g.Steps), goldenPath, len(w.Steps))
			break
		}
		if !reflect.DeepEqual(g.Steps[i], w.Steps[i]) {
			gs, _ := json.MarshalIndent(g.Steps[i], "", "  ")
			ws, _ := json.MarshalIndent(w.Steps[i], "", "  ")
			t.Errorf("step %d differs\ngot:\n%s\nwant:\n%s", i, gs, ws)
		}
	}
}

// goldenSchema is the schema PocketBase starts with, then what each migration changes: every
// up in order, then every down in reverse. A step holds what differs from the step before:
// a new collection or field whole, an altered one by the settings that changed, and null for
// what it removed.
type goldenSchema struct {
	Base  map[string]any `json:"base"`
	Steps []goldenStep   `json:"steps"`
}

type goldenStep struct {
	Up      string         `json:"up,omitempty"`
	Down    string         `json:"down,omitempty"`
	Changed map[string]any `json:"changed"`
}

func migrationSteps(t *testing.T) []byte {
	t.Helper()
	app := core.NewBaseApp(core.BaseAppConfig{DataDir: t.TempDir()})
	if err := app.Bootstrap(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = app.ResetBootstrapState() })
	if err := app.RunSystemMigrations(); err != nil {
		t.Fatal(err)
	}
	schema := goldenSchema{Base: snapshot(t, app)}
	previous := schema.Base
	record := func(step goldenStep) {
		current := snapshot(t, app)
		step.Changed = changes(previous, current)
		schema.Steps = append(schema.Steps, step)
		previous = current
	}

	// each migration through the runner, in its own transaction, as the app applies them
	items := core.AppMigrations.Items()
	for i, item := range items {
		var list core.MigrationsList
		for _, m := range items[:i+1] {
			list.Add(m)
		}
		if _, err := core.NewMigrationsRunner(app, list).Up(); err != nil {
			t.Fatalf("up %s: %v", item.File, err)
		}
		record(goldenStep{Up: item.File})
	}
	runner := core.NewMigrationsRunner(app, core.AppMigrations)
	for i := len(items) - 1; i >= 0; i-- {
		if _, err := runner.Down(1); err != nil {
			t.Fatalf("down %s: %v", items[i].File, err)
		}
		record(goldenStep{Down: items[i].File})
	}

	out, err := json.MarshalIndent(schema, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return append(out, '\n')
}

// snapshot is every collection as the dashboard exports it, without its timestamps.
func snapshot(t *testing.T, app core.App) map[string]any {
	t.Helper()
	collections, err := app.FindAllCollections()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]any{}
	for _, c := range collections {
		raw, err := json.Marshal(c)
		if err != nil {
			t.Fatal(err)
		}
		var fields map[string]any
		if err := json.Unmarshal(raw, &fields); err != nil {
			t.Fatal(err)
		}
		delete(fields, "created")
		delete(fields, "updated")
		// by name, so that a step shows the fields it touched; the order is kept apart
		byName := map[string]any{}
		var order []any
		for _, f := range fields["fields"].([]any) {
			name := f.(map[string]any)["name"]
			byName[name.(string)] = f
			order = append(order, name)
		}
		fields["fields"], fields["fieldOrder"] = byName, order
		out[c.Name] = fields
	}
	return out
}

// changes is what differs in after: maps compare key by key, anything else whole.
func changes(before, after map[string]any) map[string]any {
	changed := map[string]any{}
	for key, a := range after {
		b, ok := before[key]
		switch {
		case !ok:
			changed[key] = a
		case reflect.DeepEqual(a, b):
		default:
			am, aIsMap := a.(map[string]any)
			bm, bIsMap := b.(map[string]any)
			if aIsMap && bIsMap {
				changed[key] = changes(bm, am)
			} else {
				changed[key] = a
			}
		}
	}
	for key := range before {
		if _, ok := after[key]; !ok {
			changed[key] = nil
		}
	}
	return changed
}
