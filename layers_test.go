package main

import (
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

const module = "github.com/mentorbase/mentorbase"

// layer ranks the module's packages (README, Development, "Layers"): a package may import
// only packages of a lower rank (the pure internal/* packages also each other), so the kernel
// never reaches into a domain package, neither domain package into the other, and nothing but
// main and apptest into ui or pb_hooks.
func layer(pkg string) int {
	switch {
	case strings.HasPrefix(pkg, "internal/"):
		return 0
	case pkg == "catalog" || pkg == "content" || pkg == "pb_migrations":
		return 1
	case pkg == "outbox":
		return 2
	case pkg == "kernel":
		return 3
	case pkg == "mentoring" || pkg == "workspace":
		return 4
	case pkg == "ui" || pkg == "pb_hooks" || pkg == "cli":
		return 5
	case pkg == "apptest":
		return 6
	case pkg == ".":
		return 7
	}
	return -1
}

// TestImportsFollowTheLayers fails on an import against the layers' order, and on a new
// package that has no place in it yet. Tests may import anything (apptest above all).
func TestImportsFollowTheLayers(t *testing.T) {
	checked := 0
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() && path != "." && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") {
			if err == nil {
				err = filepath.SkipDir
			}
			return err
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		from := filepath.ToSlash(filepath.Dir(path))
		if layer(from) < 0 {
			t.Errorf("%s: package %s has no layer: give it one in layers_test.go and the README", path, from)
			return nil
		}
		file, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		for _, spec := range file.Imports {
			imported, _ := strconv.Unquote(spec.Path.Value)
			to, ours := strings.CutPrefix(imported, module+"/")
			if !ours {
				continue
			}
			checked++
			if layer(to) < 0 || layer(to) >= layer(from) && !(layer(from) == 0 && layer(to) == 0) {
				t.Errorf("%s imports %s: %s (layer %d) may only import layers below it", path, to, from, layer(from))
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if checked < 50 {
		t.Fatalf("only %d imports of the module's packages checked: the scan is broken", checked)
	}
}
